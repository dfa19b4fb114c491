// `connector-studio inspect <dir> [--json]`: what a connector is, at a glance.
import { countOperations } from '../../shared/core/model';
import { type LoadedFromDisk, loadConnectorFromDisk } from '../services/connector-loader';
import { EXIT, extraArguments, UsageError } from './cli-error';
import type { CliIo, CommandInput } from './command-input';
import { diagnosticJson, formatDiagnostic } from './format-diagnostics';

export async function run({ operands, json }: CommandInput, io: CliIo): Promise<number> {
  const [source, ...extra] = operands;
  if (!source) throw new UsageError('inspect needs a connector folder or definition file.');
  if (extra.length) throw extraArguments(extra.length, 'inspect takes one connector folder or file');
  const loaded = await loadConnectorFromDisk(source);
  if (json) io.out(JSON.stringify(inspectSummary(loaded), null, 2));
  else io.out(inspectText(loaded));
  return loaded.connector.diagnostics.some((d) => d.severity === 'error') ? EXIT.failure : EXIT.ok;
}

export function inspectSummary({ source, connector }: LoadedFromDisk) {
  const m = connector.model;
  return {
    source,
    title: m.title ?? null,
    version: m.version ?? null,
    host: m.host ?? null,
    basePath: m.basePath ?? null,
    schemes: m.schemes,
    auth: m.auth,
    securityDefinitions: m.securityDefinitions.map((s) => ({ name: s.name, type: s.type })),
    connectionParameters: m.connectionParameters.map((p) => ({ name: p.name, type: p.type, ...(p.set ? { set: p.set } : {}) })),
    operations: countOperations(m),
    policies: m.policies.map((p) => p.templateId),
    files: Object.values(connector.files).map((f) => f.fileName),
    hasIcon: connector.icon !== undefined,
    diagnostics: connector.diagnostics.map(diagnosticJson),
  };
}

export function inspectText(loaded: LoadedFromDisk): string {
  const s = inspectSummary(loaded);
  const ops = s.operations;
  const lines = [
    `${s.title ?? '(no title)'}${s.version ? `  v${s.version}` : ''}`,
    `  Source:      ${s.source}`,
    `  Host:        ${s.host ?? '(none)'}`,
    `  Base URL:    ${s.basePath ?? '/'}`,
    `  Schemes:     ${s.schemes.join(', ') || '(none)'}`,
    `  Auth:        ${s.auth}${s.securityDefinitions.length ? ` (${s.securityDefinitions.map((d) => `${d.name}: ${d.type}`).join(', ')})` : ''}`,
    `  Connection:  ${s.connectionParameters.map((p) => `${p.name} (${p.type})`).join(', ') || '(no parameters)'}`,
    `  Operations:  ${ops.total} (${ops.actions} actions, ${ops.webhookTriggers} webhook triggers, ${ops.pollingTriggers} polling triggers; ${ops.deprecated} deprecated, ${ops.internal} internal)`,
    `  Policies:    ${s.policies.join(', ') || '(none)'}`,
    `  Files:       ${[...s.files, ...(s.hasIcon ? ['icon.png'] : [])].join(', ')}`,
  ];
  for (const d of loaded.connector.diagnostics) lines.push(formatDiagnostic(d, loaded.folder));
  return lines.join('\n');
}
