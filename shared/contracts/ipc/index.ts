export { isAbsolutePath } from './channels/common';
export { connectionChannels } from './channels/connection-channels';
export { oauthChannels } from './channels/oauth-channels';
export { historyEntrySchema, testChannels } from './channels/operation-run-channels';
export * from './contract';
export * from './dispatch';
export * from './envelope';
export * from './menu-commands';
export * from './studio-error';
