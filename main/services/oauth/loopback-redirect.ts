// The loopback redirect of a browser sign-in (RFC 8252 §7.3): a server on 127.0.0.1 at a port the
// system picks (or the fixed one the author chose), answering one path, once. The state is checked
// in constant time before anything else is read; a second answer, a forged or missing state, and
// the timeout all end the sign-in. An error without any state (some servers leave it out of a
// refusal) ends it too, with the server's words: it can only stop a sign-in, never complete one.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { StudioError } from '../../../shared/contracts/ipc';
import { CALLBACK_HEADERS, callbackPage } from './callback-page';
import { sameSecret } from './pkce';

export const CALLBACK_PATH = '/callback';
/** Longer codes are not codes: Entra ID's are about 1 KB. */
const MAX_CODE_LENGTH = 8192;

export type CallbackAnswer =
  | { kind: 'code'; code: string }
  | { kind: 'error'; error: string; description?: string; withoutState?: boolean }
  /** No state, or not ours: an answer this sign-in did not ask for. */
  | { kind: 'forged' }
  /** Our state but neither a code nor an error. */
  | { kind: 'no-code' };

export interface LoopbackOptions {
  state: string;
  timeoutMs: number;
  /** A fixed port (1024-65535); absent: one the system picks. */
  port?: number;
  /** Called for the one answer the redirect accepts; what it resolves to is shown in the browser. */
  onAnswer(answer: CallbackAnswer): Promise<{ ok: boolean; message: string }>;
  /** Called when no answer came in time. */
  onTimeout(): void;
}

export interface LoopbackRedirect {
  /** http://127.0.0.1:<port>/callback: register it (any port) as the app's redirect URI. */
  redirectUri: string;
  /** Stops listening (idempotent); a pending sign-in then never completes. */
  close(): void;
}

function answerOf(params: URLSearchParams, expectedState: string): CallbackAnswer {
  const state = params.get('state');
  const error = params.get('error');
  const description = params.get('error_description');
  if (state === null && error) return { kind: 'error', error, ...(description ? { description } : {}), withoutState: true };
  if (state === null || !sameSecret(state, expectedState)) return { kind: 'forged' };
  if (error !== null) return { kind: 'error', error, ...(description ? { description } : {}) };
  const code = params.get('code');
  if (!code || code.length > MAX_CODE_LENGTH) return { kind: 'no-code' };
  return { kind: 'code', code };
}

export async function startLoopbackRedirect(options: LoopbackOptions): Promise<LoopbackRedirect> {
  let used = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const server = http.createServer();
  const close = () => {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    server.close();
    server.closeIdleConnections();
  };
  const send = (res: http.ServerResponse, status: number, ok: boolean, message: string, then?: () => void) => {
    res.writeHead(status, CALLBACK_HEADERS);
    res.end(callbackPage(ok, message), then);
  };

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== CALLBACK_PATH) return send(res, 404, false, 'This address is not part of a sign-in.');
    if (req.method !== 'GET') return send(res, 405, false, 'The sign-in answer must come as a GET request.');
    if (used) return send(res, 400, false, 'This sign-in answer was already received; a sign-in can be answered only once.');
    used = true;
    clearTimeout(timer);
    options
      .onAnswer(answerOf(url.searchParams, options.state))
      .catch(() => ({ ok: false, message: 'The sign-in could not be completed.' }))
      .then((page) => send(res, page.ok ? 200 : 400, page.ok, page.message, close));
  });

  await new Promise<void>((resolve, reject) => {
    const refuse = (err: NodeJS.ErrnoException) => {
      if (options.port === undefined) return reject(err);
      const why =
        err.code === 'EADDRINUSE'
          ? `another program is using port ${options.port} on 127.0.0.1`
          : err.code === 'EACCES'
            ? `this user may not listen on port ${options.port}`
            : `port ${options.port} cannot be used (${err.code ?? err.message})`;
      reject(
        new StudioError(
          'oauth-redirect-port',
          `The sign-in redirect cannot listen: ${why}; choose another fixed port on the Security tab, or clear it to let the system pick one.`,
        ),
      );
    };
    server.once('error', refuse);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', refuse);
      resolve();
    });
  });
  timer = setTimeout(() => {
    if (used) return;
    used = true;
    close();
    options.onTimeout();
  }, options.timeoutMs);
  const { port } = server.address() as AddressInfo;
  return { redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`, close };
}
