// The breaking-change report: what in a new version of a connector breaks flows and connections
// built on the old one, in the categories of Microsoft's breaking-change detector, each finding
// located in the new files (or, for what is gone, in the old ones).
import type { LoadedConnector } from '../../core/connector';
import { diffConnection } from './diff-connection';
import { diffOperations } from './diff-operations';
import { locateFindings } from './locate-findings';
import type { RawFinding } from './raw-finding';
import { SchemaDiff } from './schema-diff';
import type { DiffResult } from './types';

export function diffConnectors(oldConnector: LoadedConnector, newConnector: LoadedConnector): DiffResult {
  const oldRoot = oldConnector.files.definition?.doc?.value;
  const newRoot = newConnector.files.definition?.doc?.value;
  const raw: RawFinding[] = [];
  diffOperations(
    { model: oldConnector.model, root: oldRoot },
    { model: newConnector.model, root: newRoot },
    new SchemaDiff(oldRoot, newRoot),
    raw,
  );
  diffConnection(oldConnector.model, newConnector.model, raw);
  const findings = locateFindings(raw, { old: oldConnector, new: newConnector });
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { findings, errors, warnings, infos };
}
