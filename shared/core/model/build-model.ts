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
  const opt = (k: string, v: unknown) => (typeof v === 'string' ? { [k]: v } : {});
  return {
    ...opt('swaggerVersion', def.swagger),
    ...opt('title', info.title),
    ...opt('description', info.description),
    ...opt('version', info.version),
    ...opt('host', def.host),
    ...opt('basePath', def.basePath),
    schemes: asStringArray(def.schemes),
    operations: listOperations(definition, policies, scriptOperations, hasScript),
    securityDefinitions,
    connectionParameters,
    policies,
    ...(scriptOperations !== undefined ? { scriptOperations } : {}),
    auth: authKindOf(securityDefinitions, connectionParameters),
    ...opt('publisher', props.publisher),
    ...opt('stackOwner', props.stackOwner),
    ...opt('iconBrandColor', props.iconBrandColor),
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
