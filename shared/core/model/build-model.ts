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
  return {
    ...(typeof swagger === 'string' ? { swaggerVersion: swagger } : undefined),
    ...(typeof title === 'string' ? { title } : undefined),
    ...(typeof description === 'string' ? { description } : undefined),
    ...(typeof version === 'string' ? { version } : undefined),
    ...(typeof host === 'string' ? { host } : undefined),
    ...(typeof basePath === 'string' ? { basePath } : undefined),
    schemes: asStringArray(def.schemes),
    operations: listOperations(definition, policies, scriptOperations, hasScript),
    securityDefinitions,
    connectionParameters,
    policies,
    ...(scriptOperations !== undefined ? { scriptOperations } : undefined),
    auth: authKindOf(securityDefinitions, connectionParameters),
    ...(typeof publisher === 'string' ? { publisher } : undefined),
    ...(typeof stackOwner === 'string' ? { stackOwner } : undefined),
    ...(typeof iconBrandColor === 'string' ? { iconBrandColor } : undefined),
    capabilities: asStringArray(props.capabilities),
  };
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
