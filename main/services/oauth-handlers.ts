// OAuth 2.0 sign-in for test connections behind the contract's OAuth channels. The token service
// does the work (oauth/token-service.ts); here the system browser is opened when the host can
// (Electron), else the renderer offers the authorization URL as a link (browser host).
import type { oauthChannels, GroupHandlers } from '../../shared/contracts/ipc';
import { StudioError } from '../../shared/contracts/ipc';
import { describeDuration } from './oauth/browser-sign-in';
import { isOAuthTokenService, type OAuthTokenService } from './oauth/token-service';
import type { ServiceContext } from './service-context';

export function createOAuthHandlers(ctx: ServiceContext): GroupHandlers<typeof oauthChannels> {
  const service = (): OAuthTokenService => {
    if (isOAuthTokenService(ctx.tokens)) return ctx.tokens;
    throw new StudioError('not-available', 'OAuth sign-in is not available in this host: its token service cannot sign in.');
  };
  return {
    async startOAuthSignIn({ dir, connectionId, grant, definitionText, propertiesText }) {
      const texts = { definitionText, ...(propertiesText !== undefined ? { propertiesText } : {}) };
      const { waitMs, ...started } = await service().startSignIn({ dir, connectionId, grant, texts });
      let openedExternally = false;
      if (started.state === 'pending' && started.authorizeUrl && ctx.openExternal) {
        try {
          await ctx.openExternal(started.authorizeUrl);
          openedExternally = true;
        } catch {
          // The renderer then offers the link itself.
        }
      }
      if (started.state === 'pending' && waitMs !== undefined) {
        const where = openedExternally ? 'Sign in in the browser window that opened' : 'Open the sign-in page and sign in';
        started.message = `${where}; the studio waits up to ${describeDuration(waitMs)}.`;
      }
      return { ...started, openedExternally };
    },
    oauthFlowStatus: ({ flowId }) => service().flowStatus(flowId),
    cancelOAuthSignIn: ({ flowId }) => service().cancelSignIn(flowId),
    oauthSession: ({ dir, connectionId }) => service().session(dir, connectionId),
    signOut: ({ dir, connectionId }) => service().signOut(dir, connectionId),
    oauthSignInOptions: ({ dir }) => service().signInOptions(dir),
    setOAuthSignInOptions: ({ dir, ...options }) => service().setSignInOptions(dir, options),
  };
}
