// What the first screen shows about an opened connector: the model parsed from the file texts by the
// shared core, the operation counts, and every problem found in the files, located by line.
import type { ConnectorFileName, FileDiagnostic, OpenedConnector } from '../../shared/ipc';
import { buildConnectorModel, countOperations, type ConnectorModel, type OperationCounts } from '../../shared/model';
import { parseJsonDocument } from '../../shared/text';

export interface Problem {
  file: string;
  code: string;
  severity: FileDiagnostic['severity'];
  message: string;
  line?: number;
  column?: number;
}

export interface ConnectorSummary {
  dir: string;
  files: ConnectorFileName[];
  model: ConnectorModel;
  counts: OperationCounts;
  problems: Problem[];
}

const DEFINITION: ConnectorFileName = 'apiDefinition.swagger.json';
const PROPERTIES: ConnectorFileName = 'apiProperties.json';

export function summarizeConnector(opened: OpenedConnector): ConnectorSummary {
  const problems: Problem[] = [...opened.diagnostics];
  const parse = (name: ConnectorFileName): unknown => {
    const file = opened.files[name];
    if (!file) return undefined;
    const doc = parseJsonDocument(file.text);
    for (const d of doc.diagnostics) {
      problems.push({ file: name, code: d.code, severity: d.severity, message: d.message, ...doc.lines.position(d.offset) });
    }
    return doc.value;
  };
  const definition = parse(DEFINITION);
  const properties = parse(PROPERTIES);
  const model = buildConnectorModel(definition, properties, opened.files['script.csx'] !== undefined);
  return {
    dir: opened.dir,
    files: Object.keys(opened.files) as ConnectorFileName[],
    model,
    counts: countOperations(model),
    problems: problems.sort(byFileThenPosition),
  };
}

function byFileThenPosition(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file === DEFINITION ? -1 : b.file === DEFINITION ? 1 : a.file.localeCompare(b.file);
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
