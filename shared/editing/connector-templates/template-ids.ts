// The template names, apart from the templates themselves so the IPC contract can name them cheaply.
export const TEMPLATE_IDS = ['blank', 'no-auth', 'api-key', 'basic', 'oauth2', 'entra-id'] as const;

export type ConnectorTemplateId = (typeof TEMPLATE_IDS)[number];
