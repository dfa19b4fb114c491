// Webhooks, security, apiProperties.json.
import { op, type RuleCase } from './rule-case';

const hook = (c: Parameters<RuleCase['bad']>[0]) => op(c, '/hooks', 'post');
const callback = (c: Parameters<RuleCase['bad']>[0]) => hook(c).parameters[0].schema.properties.callbackUrl;

export const WEBHOOK_CASES: RuleCase[] = [
  {
    rule: 'WebhookOperationsMissingNotificationUrlProperty',
    bad: (c) => void delete callback(c)['x-ms-notification-url'],
    at: '/paths/~1hooks/post',
  },
  {
    rule: 'NotificationUrlNotString',
    bad: (c) => void (callback(c).type = 'object'),
    at: '/paths/~1hooks/post/parameters/0/schema/properties/callbackUrl/type',
  },
  {
    rule: 'NotificationUrlNotInternal',
    bad: (c) => void delete callback(c)['x-ms-visibility'],
    at: '/paths/~1hooks/post/parameters/0/schema/properties/callbackUrl',
  },
  {
    rule: 'NotificationUrlNotRequired',
    bad: (c) => void (hook(c).parameters[0].schema.required = []),
    at: '/paths/~1hooks/post/parameters/0/schema/properties/callbackUrl',
  },
  {
    rule: 'NotificationUrlNotAllowedInThisPosition',
    bad: (c) => void (hook(c).responses['201'].schema.properties.id['x-ms-notification-url'] = true),
    at: '/paths/~1hooks/post/responses/201/schema/properties/id/x-ms-notification-url',
  },
  {
    rule: 'OperationMustHaveNotificationContentExtension',
    bad: (c) => void delete c.definition.paths['/hooks']['x-ms-notification-content'],
    at: '/paths/~1hooks',
  },
  {
    rule: 'NotificationExtensionSupportedForTriggerOnly',
    bad: (c) => void (op(c, '/items', 'get')['x-ms-notification'] = { operationId: 'OnItemChanged' }),
    at: '/paths/~1items/get/x-ms-notification',
  },
  {
    rule: 'NotificationExtensionNotSupportedInWebhookOperation',
    bad: (c) => void (hook(c)['x-ms-notification'] = { operationId: 'OnItemChanged' }),
    at: '/paths/~1hooks/post/x-ms-notification',
  },
  {
    rule: 'NotificationOperationMustBeWebhook',
    bad: (c) => void Object.assign(op(c, '/items', 'get'), { 'x-ms-trigger': 'batch', 'x-ms-notification': { operationId: 'CreateItem' } }),
    good: (c) =>
      void Object.assign(op(c, '/items', 'get'), { 'x-ms-trigger': 'batch', 'x-ms-notification': { operationId: 'OnItemChanged' } }),
    at: '/paths/~1items/get/x-ms-notification/operationId',
  },
];

export const SECURITY_CASES: RuleCase[] = [
  { rule: 'SecurityRequirementMustBeDefined', bad: (c) => void (c.definition.security = [{ apiKey: [] }]), at: '/security/0/apiKey' },
  {
    rule: 'SecurityRequirementMustHaveEmptyValue',
    bad: (c) => void (c.definition.security = [{ api_key: ['read'] }]),
    at: '/security/0/api_key',
  },
  {
    rule: 'OAuthSecurityRequirementValueMustBeScopeName',
    bad: (c) => {
      c.definition.securityDefinitions = {
        oauth: {
          type: 'oauth2',
          flow: 'accessCode',
          authorizationUrl: 'https://login.contoso.com/a',
          tokenUrl: 'https://login.contoso.com/t',
          scopes: { read: 'Read' },
        },
      };
      c.definition.security = [{ oauth: ['write'] }];
      c.properties.properties.connectionParameters = {
        token: {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'oauth2',
            clientId: 'x',
            scopes: ['read'],
            redirectMode: 'GlobalPerConnector',
            customParameters: {},
          },
        },
      };
    },
    at: '/security/0/oauth/0',
  },
  {
    rule: 'SecurityConnectionParameterMismatch',
    bad: (c) => void (c.definition.securityDefinitions = { basic: { type: 'basic' } }),
    at: '/properties/connectionParameters',
  },
  {
    rule: 'RedirectModeNotGlobalPerConnector',
    bad: (c) => {
      c.definition.securityDefinitions = {
        oauth: {
          type: 'oauth2',
          flow: 'accessCode',
          authorizationUrl: 'https://login.contoso.com/a',
          tokenUrl: 'https://login.contoso.com/t',
          scopes: {},
        },
      };
      c.definition.security = [];
      c.properties.properties.connectionParameters = {
        token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: 'x', scopes: [], redirectMode: 'Global' } },
      };
    },
    good: (c) => {
      c.definition.securityDefinitions = {
        oauth: {
          type: 'oauth2',
          flow: 'accessCode',
          authorizationUrl: 'https://login.contoso.com/a',
          tokenUrl: 'https://login.contoso.com/t',
          scopes: {},
        },
      };
      c.definition.security = [];
      c.properties.properties.connectionParameters = {
        token: {
          type: 'oauthSetting',
          oAuthSettings: { identityProvider: 'oauth2', clientId: 'x', scopes: [], redirectMode: 'GlobalPerConnector' },
        },
      };
    },
    at: '/properties/connectionParameters/token/oAuthSettings/redirectMode',
  },
];

export const PROPERTIES_CASES: RuleCase[] = [
  { rule: 'ApiPropertiesMissing', bad: (c) => void (c.properties = undefined as never), at: '' },
  { rule: 'IconBrandColorInvalid', bad: (c) => void (c.properties.properties.iconBrandColor = 'blue'), at: '/properties/iconBrandColor' },
  {
    rule: 'IconBrandColorNotAllowed',
    bad: (c) => void (c.properties.properties.iconBrandColor = '#007EE5'),
    at: '/properties/iconBrandColor',
  },
  {
    rule: 'IndependentPublisherBrandColor',
    profile: 'independent-publisher',
    bad: () => {},
    good: (c) => void (c.properties.properties.iconBrandColor = '#DA3B01'),
    at: '/properties/iconBrandColor',
  },
  {
    rule: 'IndependentPublisherIconNotAllowed',
    profile: 'independent-publisher',
    bad: (c) => {
      c.properties.properties.iconBrandColor = '#da3b01';
      c.icon = true;
    },
    good: (c) => void (c.properties.properties.iconBrandColor = '#da3b01'),
    at: '/properties',
  },
  {
    rule: 'PublisherRequired',
    bad: (c) => void (c.properties.properties.publisher = 'Name of company or organization.'),
    at: '/properties/publisher',
  },
  { rule: 'StackOwnerRequired', bad: (c) => void delete c.properties.properties.stackOwner, at: '/properties' },
  {
    rule: 'PolicyTemplateOperationNotFound',
    bad: (c) =>
      void (c.properties.properties.policyTemplateInstances = [
        {
          templateId: 'routerequesttoendpoint',
          title: 'r',
          parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2/items', 'x-ms-apimTemplate-operationName': ['listItems'] },
        },
      ]),
    good: (c) =>
      void (c.properties.properties.policyTemplateInstances = [
        {
          templateId: 'routerequesttoendpoint',
          title: 'r',
          parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2/items', 'x-ms-apimTemplate-operationName': ['ListItems'] },
        },
      ]),
    at: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/0',
  },
  {
    rule: 'PolicyTemplateUnknown',
    bad: (c) => void (c.properties.properties.policyTemplateInstances = [{ templateId: 'setcookie', title: 'c', parameters: {} }]),
    at: '/properties/policyTemplateInstances/0/templateId',
  },
  {
    rule: 'ScriptOperationNotFound',
    bad: (c) => {
      c.properties.properties.scriptOperations = ['ListItem'];
      c.script = 'public class Script : ScriptBase {}';
    },
    good: (c) => {
      c.properties.properties.scriptOperations = ['ListItems'];
      c.script = 'public class Script : ScriptBase {}';
    },
    at: '/properties/scriptOperations/0',
  },
  {
    rule: 'ScriptOperationsWithoutScript',
    bad: (c) => void (c.properties.properties.scriptOperations = ['ListItems']),
    at: '/properties/scriptOperations',
  },
];
