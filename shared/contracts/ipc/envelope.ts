// Reads an envelope that arrived from another process or over HTTP. Both hosts check replies with
// this one function, so they agree on what a well-formed reply is. No schema library: the sandboxed
// preload imports it, and zod must stay out of that bundle.
import type { Envelope } from './contract';

/**
 * The envelope in `reply`, rebuilt from its known fields only (ok and value, or error's code and
 * message), or undefined when `reply` is not one.
 */
export function readEnvelope(reply: unknown): Envelope<unknown> | undefined {
  if (!reply || typeof reply !== 'object') return undefined;
  const r = reply as { ok?: unknown; value?: unknown; error?: unknown };
  if (r.ok === true && 'value' in r) return { ok: true, value: r.value };
  if (r.ok !== false || !r.error || typeof r.error !== 'object') return undefined;
  const { code, message } = r.error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  return { ok: false, error: { code, message } };
}
