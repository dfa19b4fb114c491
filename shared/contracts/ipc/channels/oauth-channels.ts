// Channels of OAuth 2.0 sign-in for test connections (main/services/oauth-handlers.ts). Tokens stay
// in main (memory or the keychain); the renderer only learns whether a connection is signed in.
import { z } from 'zod';
import { absolutePath, connectorTextsSchema } from './common';

export const oauthSessionSchema = z.object({
  signedIn: z.boolean(),
  grant: z.enum(['authorization_code', 'client_credentials']).optional(),
  /** ISO time the access token expires, when the server said. */
  expiresAt: z.string().optional(),
  refreshable: z.boolean(),
});

export const oauthFlowStatusSchema = z.object({
  flowId: z.string(),
  state: z.enum(['pending', 'signed-in', 'failed', 'expired', 'cancelled']),
  /** One sentence: what went wrong, or what to do next. */
  message: z.string().optional(),
  session: oauthSessionSchema.optional(),
});

/** How the studio itself signs in to test a connector (kept in the per-user app data folder, not the connector). */
export const oauthSignInOptionsSchema = z.object({
  /** A fixed port for the loopback redirect (providers that match redirect URIs port and all); absent: any free port. */
  redirectPort: z.number().int().min(1024).max(65535).optional(),
  /** Client authentication at the token endpoint: from the provider's metadata, HTTP Basic, or the request body. */
  clientAuthentication: z.enum(['auto', 'basic', 'body']),
});

export const oauthChannels = {
  /**
   * Starts a sign-in for a saved connection. Authorization code: opens the system browser at
   * `authorizeUrl` (PKCE S256, state, loopback redirect on 127.0.0.1) and answers at once with a
   * pending flow; client credentials: exchanges immediately.
   */
  startOAuthSignIn: {
    request: connectorTextsSchema
      .extend({
        dir: absolutePath,
        connectionId: z.string().max(100),
        grant: z.enum(['authorization_code', 'client_credentials']).default('authorization_code'),
      })
      .strict(),
    response: oauthFlowStatusSchema.extend({
      authorizeUrl: z.string().optional(),
      redirectUri: z.string().optional(),
      /** True when main opened the system browser itself (Electron); else the renderer offers the link. */
      openedExternally: z.boolean(),
    }),
  },
  oauthFlowStatus: {
    request: z.object({ flowId: z.string().max(100) }).strict(),
    response: oauthFlowStatusSchema,
  },
  cancelOAuthSignIn: {
    request: z.object({ flowId: z.string().max(100) }).strict(),
    response: oauthFlowStatusSchema,
  },
  oauthSession: {
    request: z.object({ dir: absolutePath, connectionId: z.string().max(100) }).strict(),
    response: oauthSessionSchema,
  },
  signOut: {
    request: z.object({ dir: absolutePath, connectionId: z.string().max(100) }).strict(),
    response: oauthSessionSchema,
  },
  oauthSignInOptions: {
    request: z.object({ dir: absolutePath }).strict(),
    response: oauthSignInOptionsSchema.extend({ redirectUri: z.string() }),
  },
  setOAuthSignInOptions: {
    request: oauthSignInOptionsSchema.extend({ dir: absolutePath }).strict(),
    response: oauthSignInOptionsSchema.extend({ redirectUri: z.string() }),
  },
} as const;
