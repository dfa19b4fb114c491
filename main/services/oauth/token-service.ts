// OAuth 2.0 tokens of test connections, kept in main only: access tokens in memory, refresh tokens
// in the secret store (refresh-token-store.ts). An access token is renewed when it has expired (30 s
// early, for clock skew and the request's own time) or after a 401; one renewal at a time per
// connection, since servers that rotate refresh tokens accept each only once. Nothing here logs,
// and no token is ever part of a returned value other than accessToken()'s own, or of an error.
import { StudioError } from '../../../shared/contracts/ipc';
import type { HttpClientOptions } from '../http-client';
import type { SecretVault } from '../secret-vault';
import type { ConnectionService, ConnectorTexts, TokenService } from '../service-context';
import { describeDuration, startBrowserSignIn } from './browser-sign-in';
import { clientCredentialsBody, refreshBody } from './oauth-requests';
import { requireForGrant, resolveOAuthSettings, type OAuthGrant, type OAuthSettings } from './oauth-settings';
import { connectionKey, createRefreshTokenStore } from './refresh-token-store';
import {
  createSignInOptionsStore,
  redirectUriFor,
  type SignInOptions,
  type SignInOptionsStore,
  type SignInOptionsView,
} from './sign-in-options';
import { SignInFlows, type FlowRecord } from './sign-in-flows';
import { createTokenClient } from './token-client';
import { TokenEndpointError, type TokenSet } from './token-endpoint';

export const DEFAULT_SIGN_IN_TIMEOUT_MS = 5 * 60_000;
const EXPIRY_SKEW_MS = 30_000;

export interface SessionView {
  signedIn: boolean;
  grant?: OAuthGrant;
  /** ISO time the access token expires, when the server said. */
  expiresAt?: string;
  /** True when the studio renews the access token itself (a refresh token, or the client credentials grant). */
  refreshable: boolean;
}

export interface FlowStatus {
  flowId: string;
  state: FlowRecord['state'];
  message?: string;
  session?: SessionView;
}

export interface SignInStart extends FlowStatus {
  authorizeUrl?: string;
  redirectUri?: string;
  /** How long a pending browser sign-in waits for the redirect. */
  waitMs?: number;
}

export interface SignInRequest {
  dir: string;
  connectionId: string;
  grant: OAuthGrant;
  texts: ConnectorTexts;
}

/** The TokenService the test runner uses, plus the sign-in the OAuth channels drive. */
export interface OAuthTokenService extends TokenService {
  startSignIn(request: SignInRequest): Promise<SignInStart>;
  flowStatus(flowId: string): Promise<FlowStatus>;
  cancelSignIn(flowId: string): Promise<FlowStatus>;
  session(dir: string, connectionId: string): Promise<SessionView>;
  /** Forgets the access token and deletes the refresh token from the secret store. */
  signOut(dir: string, connectionId: string): Promise<SessionView>;
  /** How the studio signs in for this connector (redirect port, client authentication). */
  signInOptions(dir: string): Promise<SignInOptionsView>;
  setSignInOptions(dir: string, options: SignInOptions): Promise<SignInOptionsView>;
}

export interface TokenServiceOptions {
  appDataDir: string;
  secrets: SecretVault;
  connections: ConnectionService;
  /** How long a browser sign-in waits for the redirect (default 5 minutes). */
  signInTimeoutMs?: number;
  /** The clock for expiry (milliseconds); tests move it instead of waiting. */
  now?: () => number;
  /** For token requests (timeouts, extra CAs). */
  http?: HttpClientOptions;
  /** Per-connector sign-in options (fixed redirect port, client authentication); default: in the app data folder. */
  signInOptions?: SignInOptionsStore;
  /** False: browser sign-ins do not try the authorization request before the browser opens. */
  preflight?: boolean;
}

interface Session {
  grant: OAuthGrant;
  accessToken: string;
  expiresAt?: number;
  /** Where it was obtained (client credentials are re-obtained only there). */
  endpoint: string;
  clientId: string;
}

export function isOAuthTokenService(t: TokenService): t is OAuthTokenService {
  return (
    typeof (t as Partial<OAuthTokenService>).startSignIn === 'function' && typeof (t as Partial<OAuthTokenService>).signOut === 'function'
  );
}

export function createTokenService(options: TokenServiceOptions): OAuthTokenService {
  const now = options.now ?? Date.now;
  const timeoutMs = options.signInTimeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS;
  const http = options.http ? { http: options.http } : {};
  const sessions = new Map<string, Session>();
  const renewing = new Map<string, Promise<string | undefined>>();
  const refreshTokens = createRefreshTokenStore(options.secrets);
  const flows = new SignInFlows(now);
  const tokenClient = createTokenClient(options.http);
  const signInOptions = options.signInOptions ?? createSignInOptionsStore(options.appDataDir);
  const choiceFor = async (dir: string) => (await signInOptions.get(dir)).clientAuthentication;
  /** The client credentials grant, at sign-in and on renewal alike. */
  const clientCredentialsTokens = async (dir: string, s: OAuthSettings & { tokenUrl: string; clientId: string }) =>
    tokenClient.send({
      settings: s,
      url: s.tokenUrl,
      form: clientCredentialsBody(s),
      what: 'client credentials grant',
      secrets: [],
      choice: await choiceFor(dir),
    });

  const settingsFor = async (dir: string, connectionId: string, texts: ConnectorTexts): Promise<OAuthSettings> => {
    const connection = await options.connections.resolve(dir, connectionId);
    // Without a reachable store no client secret can have been kept: a public client still signs in.
    const connectorClientSecret = await options.connections.connectorSecret(dir, 'clientSecret').catch((err: unknown) => {
      if (err instanceof StudioError && err.code === 'keychain-unavailable') return null;
      throw err;
    });
    return resolveOAuthSettings({ texts, values: connection.values, connectorClientSecret });
  };

  const keep = async (
    key: string,
    grant: OAuthGrant,
    s: OAuthSettings & { refreshUrl: string; tokenUrl: string; clientId: string },
    tokens: TokenSet,
    renewal: boolean,
  ) => {
    const endpoint = grant === 'client_credentials' ? s.tokenUrl : s.refreshUrl;
    sessions.set(key, {
      grant,
      accessToken: tokens.accessToken,
      ...(tokens.expiresIn !== undefined ? { expiresAt: now() + tokens.expiresIn * 1000 } : {}),
      endpoint,
      clientId: s.clientId,
    });
    if (tokens.refreshToken)
      await refreshTokens.set(key, { refreshToken: tokens.refreshToken, endpoint: s.refreshUrl, clientId: s.clientId });
    // A new sign-in without a refresh token: an older one belongs to the previous sign-in.
    else if (!renewal) await refreshTokens.delete(key);
  };

  const settingsChanged = () =>
    new StudioError(
      'oauth-settings-changed',
      "The connector's token URL or client id changed since this connection signed in; sign in again.",
    );

  const renewNow = async (dir: string, connectionId: string, texts: ConnectorTexts): Promise<string | undefined> => {
    const key = await connectionKey(dir, connectionId);
    const stored = await refreshTokens.get(key);
    const current = sessions.get(key);
    if (stored) {
      const s = requireForGrant(await settingsFor(dir, connectionId, texts), 'refresh_token');
      if (stored.endpoint !== s.refreshUrl || stored.clientId !== s.clientId) throw settingsChanged();
      let tokens: TokenSet;
      try {
        tokens = await tokenClient.send({
          settings: s,
          url: s.refreshUrl,
          form: refreshBody(s, stored.refreshToken),
          what: 'token refresh',
          secrets: [stored.refreshToken],
          choice: await choiceFor(dir),
        });
      } catch (err) {
        if (err instanceof TokenEndpointError && err.oauthError === 'invalid_grant') {
          sessions.delete(key);
          await refreshTokens.delete(key);
          throw new StudioError(
            'oauth-signed-out',
            `This connection's sign-in can no longer be renewed, so it was signed out: ${err.message} Sign in again.`,
          );
        }
        throw err;
      }
      await keep(key, 'authorization_code', s, tokens, true);
      return tokens.accessToken;
    }
    if (current?.grant === 'client_credentials') {
      const s = requireForGrant(await settingsFor(dir, connectionId, texts), 'client_credentials');
      if (current.endpoint !== s.tokenUrl || current.clientId !== s.clientId) throw settingsChanged();
      const tokens = await clientCredentialsTokens(dir, s);
      await keep(key, 'client_credentials', s, tokens, true);
      return tokens.accessToken;
    }
    return undefined;
  };

  /** One renewal at a time per connection; callers that arrive meanwhile share its result. */
  const renew = (key: string, dir: string, connectionId: string, texts: ConnectorTexts): Promise<string | undefined> => {
    const running = renewing.get(key);
    if (running) return running;
    const p = renewNow(dir, connectionId, texts).finally(() => renewing.delete(key));
    renewing.set(key, p);
    return p;
  };

  const sessionView = async (key: string): Promise<SessionView> => {
    const s = sessions.get(key);
    const stored = await refreshTokens.get(key).catch(() => null);
    if (!s && !stored) return { signedIn: false, refreshable: false };
    return {
      signedIn: true,
      grant: s?.grant ?? 'authorization_code',
      ...(s?.expiresAt !== undefined ? { expiresAt: new Date(s.expiresAt).toISOString() } : {}),
      refreshable: Boolean(stored) || s?.grant === 'client_credentials',
    };
  };

  const flowStatus = async (flow: FlowRecord): Promise<FlowStatus> => {
    const session = flow.state === 'signed-in' ? await sessionView(flow.owner) : undefined;
    return {
      flowId: flow.flowId,
      state: flow.state,
      ...(flow.message !== undefined ? { message: flow.message } : {}),
      ...(session ? { session } : {}),
    };
  };

  return {
    async accessToken(dir, connectionId, texts) {
      const key = await connectionKey(dir, connectionId);
      const s = sessions.get(key);
      if (s && (s.expiresAt === undefined || now() < s.expiresAt - EXPIRY_SKEW_MS)) return s.accessToken;
      const renewed = await renew(key, dir, connectionId, texts);
      if (renewed !== undefined || !s) return renewed;
      sessions.delete(key);
      throw new StudioError('oauth-expired', "This connection's access token expired and its server gave no refresh token; sign in again.");
    },

    refreshAfterUnauthorized: async (dir, connectionId, texts) => renew(await connectionKey(dir, connectionId), dir, connectionId, texts),

    async startSignIn({ dir, connectionId, grant, texts }) {
      const key = await connectionKey(dir, connectionId);
      const s = requireForGrant(await settingsFor(dir, connectionId, texts), grant);
      if (grant === 'client_credentials') {
        const flow = flows.create(key, () => {});
        try {
          const tokens = await clientCredentialsTokens(dir, s);
          await keep(key, 'client_credentials', s, tokens, false);
          flows.end(flow.flowId, 'signed-in', 'Signed in with the client credentials grant.');
        } catch (err) {
          if (!(err instanceof StudioError)) throw err;
          flows.end(flow.flowId, 'failed', err.message);
        }
        return flowStatus(flow);
      }
      const chosen = await signInOptions.get(dir);
      const started = await startBrowserSignIn({
        settings: s as typeof s & { authorizationUrl: string },
        owner: key,
        flows,
        timeoutMs,
        ...http,
        tokenClient,
        clientAuthentication: chosen.clientAuthentication,
        ...(chosen.redirectPort !== undefined ? { redirectPort: chosen.redirectPort } : {}),
        ...(options.preflight !== undefined ? { preflight: options.preflight } : {}),
        onTokens: (tokens) => keep(key, 'authorization_code', s, tokens, false),
      });
      const flow = flows.get(started.flowId);
      // Refused before the browser opened: nothing to open, the sentence says why.
      if (flow.state !== 'pending') return { ...(await flowStatus(flow)), redirectUri: started.redirectUri };
      return {
        flowId: started.flowId,
        state: 'pending',
        message: `Sign in in the browser; the studio waits up to ${describeDuration(timeoutMs)}.`,
        waitMs: timeoutMs,
        authorizeUrl: started.authorizeUrl,
        redirectUri: started.redirectUri,
      };
    },

    flowStatus: async (flowId) => flowStatus(flows.get(flowId)),

    cancelSignIn: async (flowId) => flowStatus(flows.end(flowId, 'cancelled', 'The sign-in was cancelled.')),

    session: async (dir, connectionId) => sessionView(await connectionKey(dir, connectionId)),

    signInOptions: async (dir) => {
      const o = await signInOptions.get(dir);
      return { ...o, redirectUri: redirectUriFor(o.redirectPort) };
    },

    setSignInOptions: async (dir, next) => {
      const o = await signInOptions.set(dir, next);
      return { ...o, redirectUri: redirectUriFor(o.redirectPort) };
    },

    async signOut(dir, connectionId) {
      const key = await connectionKey(dir, connectionId);
      flows.cancelOwner(key, 'The connection was signed out.');
      // A renewal under way would keep its tokens after the deletion below.
      await renewing.get(key)?.catch(() => undefined);
      sessions.delete(key);
      await refreshTokens.delete(key);
      return sessionView(key);
    },
  };
}
