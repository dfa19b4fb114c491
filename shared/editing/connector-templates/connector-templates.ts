// The starting points of a new connector: blank, or one per kind of authentication the maker portal
// offers. Each is data (the security definition the definition carries) plus one small function for
// the apiProperties.json it needs; newConnectorFiles (new-connector.ts) turns one into the two files.
import { listSecurityDefinitions } from '../../core/model';
import { connectionParametersFor, type ConnectionParameters } from '../../engines/export';
import type { ConnectorTemplateId } from './template-ids';

export type { ConnectorTemplateId };

export interface ConnectorTemplate {
  id: ConnectorTemplateId;
  label: string;
  description: string;
  /** The definition's securityDefinitions (one entry, or none). */
  securityDefinitions: Record<string, Record<string, unknown>>;
  /** Whether the definition starts with a sample action to copy from. */
  sampleAction: boolean;
  /** apiProperties.json's connectionParameters for this security. */
  connectionParameters(securityDefinitions: Record<string, Record<string, unknown>>): ConnectionParameters;
}

/** Connection parameters exactly as the exporter generates them for the first security definition. */
const fromSecurity = (securityDefinitions: Record<string, Record<string, unknown>>): ConnectionParameters =>
  connectionParametersFor(listSecurityDefinitions({ securityDefinitions }));

// Microsoft Entra ID (identityProvider "aad"), as the portal writes it: login URL, tenant, resource,
// on-behalf-of off, and the hidden tenant parameter the platform fills in.
const ENTRA_LOGIN = 'https://login.microsoftonline.com';

function entraParameters(): ConnectionParameters {
  return {
    token: {
      type: 'oauthSetting',
      oAuthSettings: {
        identityProvider: 'aad',
        clientId: '',
        scopes: [],
        redirectMode: 'GlobalPerConnector',
        properties: { IsFirstParty: 'False', AzureActiveDirectoryResourceId: '', IsOnbehalfofLoginSupported: false },
        customParameters: {
          loginUri: { value: ENTRA_LOGIN },
          tenantId: { value: 'common' },
          resourceUri: { value: '' },
          enableOnbehalfOfLogin: { value: 'false' },
        },
      },
    },
    'token:TenantId': {
      type: 'string',
      metadata: { sourceType: 'AzureActiveDirectoryTenant' },
      uiDefinition: {
        displayName: 'Tenant',
        description: 'The tenant ID of the signed-in user',
        tooltip: 'The tenant ID of the signed-in user',
        constraints: { required: 'false', hidden: 'true' },
      },
    },
  };
}

export const CONNECTOR_TEMPLATES: readonly ConnectorTemplate[] = [
  {
    id: 'blank',
    label: 'Blank',
    description: 'An empty definition: no actions and no authentication yet.',
    securityDefinitions: {},
    sampleAction: false,
    connectionParameters: () => ({}),
  },
  {
    id: 'no-auth',
    label: 'No authentication',
    description: 'A public API: one sample action, no sign-in.',
    securityDefinitions: {},
    sampleAction: true,
    connectionParameters: () => ({}),
  },
  {
    id: 'api-key',
    label: 'API key',
    description: 'An API key sent in the X-API-Key header.',
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    sampleAction: true,
    connectionParameters: fromSecurity,
  },
  {
    id: 'basic',
    label: 'Basic authentication',
    description: 'A user name and password.',
    securityDefinitions: { basic_auth: { type: 'basic' } },
    sampleAction: true,
    connectionParameters: fromSecurity,
  },
  {
    id: 'oauth2',
    label: 'Generic OAuth 2.0',
    description: 'OAuth 2.0 authorization code flow with your service’s sign-in and token addresses.',
    securityDefinitions: {
      oauth2_auth: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://login.contoso.com/oauth2/authorize',
        tokenUrl: 'https://login.contoso.com/oauth2/token',
        scopes: {},
      },
    },
    sampleAction: true,
    connectionParameters: fromSecurity,
  },
  {
    id: 'entra-id',
    label: 'Microsoft Entra ID',
    description: 'OAuth 2.0 through Microsoft Entra ID (Azure Active Directory).',
    securityDefinitions: {
      oauth2_auth: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: `${ENTRA_LOGIN}/common/oauth2/authorize`,
        tokenUrl: `${ENTRA_LOGIN}/common/oauth2/token`,
        scopes: {},
      },
    },
    sampleAction: true,
    connectionParameters: entraParameters,
  },
];

export function connectorTemplate(id: ConnectorTemplateId): ConnectorTemplate {
  const template = CONNECTOR_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`There is no connector template "${id}".`);
  return template;
}
