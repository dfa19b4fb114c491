// The connector model: one read-only view over the definition and properties values. Built in one
// pass from already parsed data; it never re-reads text, so it is cheap to rebuild after each edit.
import { asObject, asStringArray } from './json-access';
import { listOperations } from './operations';
import { listPolicies } from './policies';
import { authKindOf, listConnectionParameters, listSecurityDefinitions } from './security';
import type { ConnectorModel, OperationCounts } from './types';

export function buildConnectorModel(definition: unknown, properties?: unknown, hasScript = false): ConnectorModel {
  const def = asObject(definition) ?? {};
  const info = asObject(def.info) ?? {};
  const props = asObject(asObject(properties)?.properties) ?? {};
  const policies = listPolicies(properties);
  const scriptOperations = Array.isArray(props.scriptOperations) ? asStringArray(props.scriptOperations) : undefined;
  const securityDefinitions = listSecurityDefinitions(definition);
  const connectionParameters = listConnectionParameters(properties);
  const { swagger, host, basePath } = def;
  const { title, description, version } = info;
  const { publisher, stackOwner, iconBrandColor } = props;
  // Keys in the interface's order, absent ones left out, added one by one: conditional spreads
  // made an object per key and left the model a slow dictionary.
  const model: Partial<ConnectorModel> = {};
  if (typeof swagger === 'string') model.swaggerVersion = swagger;
  if (typeof title === 'string') model.title = title;
  if (typeof description === 'string') model.description = description;
  if (typeof version === 'string') model.version = version;
  if (typeof host === 'string') model.host = host;
  if (typeof basePath === 'string') model.basePath = basePath;
  model.schemes = asStringArray(def.schemes);
  model.operations = listOperations(definition, policies, scriptOperations, hasScript);
  model.securityDefinitions = securityDefinitions;
  model.connectionParameters = connectionParameters;
  model.policies = policies;
  if (scriptOperations !== undefined) model.scriptOperations = scriptOperations;
  model.auth = authKindOf(securityDefinitions, connectionParameters);
  if (typeof publisher === 'string') model.publisher = publisher;
  if (typeof stackOwner === 'string') model.stackOwner = stackOwner;
  if (typeof iconBrandColor === 'string') model.iconBrandColor = iconBrandColor;
  model.capabilities = asStringArray(props.capabilities);
  return model as ConnectorModel;
}

export function countOperations(model: ConnectorModel): OperationCounts {
  const counts: OperationCounts = { total: 0, actions: 0, webhookTriggers: 0, pollingTriggers: 0, deprecated: 0, internal: 0 };
  for (const op of model.operations) {
    counts.total++;
    if (op.kind === 'action') counts.actions++;
    else if (op.kind === 'webhook-trigger') counts.webhookTriggers++;
    else counts.pollingTriggers++;
    if (op.deprecated) counts.deprecated++;
    if (op.visibility === 'internal') counts.internal++;
  }
  return counts;
}
