// OAuth 2.0 sign-in for test connections behind the contract's OAuth channels.
import type { oauthChannels } from '../../shared/ipc/channels/oauth-channels';
import type { GroupHandlers } from '../../shared/ipc/dispatch';
import { StudioError } from '../../shared/ipc/studio-error';
import type { ServiceContext } from './service-context';

const notYet = (): never => {
  throw new StudioError('not-available', 'OAuth sign-in is not available yet.');
};

export function createOAuthHandlers(_ctx: ServiceContext): GroupHandlers<typeof oauthChannels> {
  return {
    startOAuthSignIn: async () => notYet(),
    oauthFlowStatus: async () => notYet(),
    cancelOAuthSignIn: async () => notYet(),
    oauthSession: async () => notYet(),
    signOut: async () => notYet(),
  };
}
