// Plain-language labels for model values shown on screen.
import type { ConnectorModel, OperationCounts, OperationKind } from '../core/model';

export const KIND_LABELS: Record<OperationKind, string> = {
  action: 'Action',
  'webhook-trigger': 'Webhook trigger',
  'polling-trigger': 'Polling trigger',
};

/** `https://host/basePath`, or undefined when the definition names no host. */
export function baseUrlOf(model: ConnectorModel): string | undefined {
  if (!model.host) return undefined;
  const scheme = model.schemes.includes('https') ? 'https' : (model.schemes[0] ?? 'https');
  const basePath = model.basePath && model.basePath !== '/' ? model.basePath : '';
  return `${scheme}://${model.host}${basePath}`;
}

export function authLabelOf(model: ConnectorModel): string {
  switch (model.auth) {
    case 'none':
      return 'None';
    case 'basic':
      return 'Basic authentication (user name and password)';
    case 'apiKey': {
      const key = model.securityDefinitions.find((s) => s.type === 'apiKey');
      return key?.paramName ? `API key (${key.in ?? 'header'} "${key.paramName}")` : 'API key';
    }
    case 'oauth2': {
      const provider = model.connectionParameters.find((p) => p.identityProvider)?.identityProvider;
      return provider ? `OAuth 2.0 (identity provider: ${provider})` : 'OAuth 2.0';
    }
    case 'multiple': {
      const sets = [...new Set(model.connectionParameters.map((p) => p.set).filter((s): s is string => s !== undefined))];
      return `Several, chosen when connecting (${sets.join(', ')})`;
    }
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "12 operations: 10 actions, 1 webhook trigger, 1 polling trigger". */
export function countsSentence(counts: OperationCounts): string {
  const parts = [plural(counts.actions, 'action', 'actions')];
  if (counts.webhookTriggers) parts.push(plural(counts.webhookTriggers, 'webhook trigger', 'webhook triggers'));
  if (counts.pollingTriggers) parts.push(plural(counts.pollingTriggers, 'polling trigger', 'polling triggers'));
  if (counts.deprecated) parts.push(`${counts.deprecated} deprecated`);
  return `${plural(counts.total, 'operation', 'operations')}: ${parts.join(', ')}.`;
}
