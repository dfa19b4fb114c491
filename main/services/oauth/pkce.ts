// PKCE (RFC 7636, S256 only: "plain" protects nothing) and the state value of an authorization
// request, with the constant-time comparison the callback needs.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface PkcePair {
  /** 43 characters of the unreserved set, from 32 random bytes: kept in main, sent only to the token endpoint. */
  verifier: string;
  /** base64url(SHA-256(verifier)), sent with the authorization request. */
  challenge: string;
  method: 'S256';
}

export function codeChallengeOf(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export function createPkcePair(): PkcePair {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: codeChallengeOf(verifier), method: 'S256' };
}

/** 256 random bits, URL-safe: ties the browser's answer to this one sign-in. */
export function randomState(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares a received value with the expected one in time independent of where they differ. */
export function sameSecret(received: string, expected: string): boolean {
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  // Comparing against itself keeps the time the same when the lengths differ.
  return timingSafeEqual(a.length === b.length ? a : b, b) && a.length === b.length;
}
