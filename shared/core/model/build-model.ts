// The connector model: one read-only view over the definition and properties values. Built in one
// pass from already parsed data; it never re-reads text, so it is cheap to rebuild after each edit.
import { asObject, asString, asStringArray } from './json-access';
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
  const schemes = asStringArray(def.schemes);
  const operations = listOperations(definition, policies, scriptOperations, hasScript);
  const auth = authKindOf(securityDefinitions, connectionParameters);
  const capabilities = asStringArray(props.capabilities);
  // One literal listing every key (undefined when absent), and a copy with scriptOperations for
  // connectors that configure a script: two shapes in all. Keys added only when present made a
  // shape per combination, and the code reading the model (the checker's operation nodes) was
  // deoptimized on a "wrong map" at each new one.
  const model: ConnectorModel = {
    swaggerVersion: asString(swagger),
    title: asString(title),
    description: asString(description),
    version: asString(version),
    host: asString(host),
    basePath: asString(basePath),
    schemes,
    operations,
    securityDefinitions,
    connectionParameters,
    policies,
    auth,
    publisher: asString(publisher),
    stackOwner: asString(stackOwner),
    iconBrandColor: asString(iconBrandColor),
    capabilities,
  };
  return scriptOperations === undefined ? model : { ...model, scriptOperations };
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
