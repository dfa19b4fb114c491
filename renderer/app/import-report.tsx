// After an import: what the importer decided and what it could not carry over, under the studio. A
// note about an operation links to it; Dismiss hides the report, and the File menu shows it again.
import type { ImportedConnector } from '../../shared/contracts/ipc';
import { operationAt, showOperation } from '../studio/show-operation-event';

export interface ImportOutcome {
  name: string;
  format: string;
  notes: ImportedConnector['notes'];
}

const FORMATS: Record<string, string> = {
  openapi2: 'Swagger 2.0 description',
  openapi3: 'OpenAPI 3 description',
  postman: 'Postman collection',
  folder: 'connector folder',
};

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function ImportReport({ outcome, onDismiss }: { outcome: ImportOutcome; onDismiss(): void }) {
  const warnings = outcome.notes.filter((n) => n.kind === 'warning');
  const losses = outcome.notes.filter((n) => n.kind === 'loss');
  const decisions = outcome.notes.filter((n) => n.kind === 'decision');
  const important = [...warnings, ...losses];
  return (
    <section className="import-report" aria-label="Import report">
      <p>
        <strong>
          Imported {outcome.name} ({FORMATS[outcome.format] ?? outcome.format}).
        </strong>{' '}
        {outcome.notes.length
          ? `${count(warnings.length, 'warning')}, ${count(losses.length, 'thing')} not carried over, ${count(decisions.length, 'decision')}.`
          : 'Nothing was lost.'}{' '}
        <button type="button" className="quiet small" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
      {outcome.notes.length ? (
        <details>
          <summary>{important.length ? 'Warnings and losses' : 'Decisions'}</summary>
          <ul className="notes">
            {(important.length ? [...important, ...decisions] : decisions).slice(0, 300).map((n, i) => (
              <li key={i}>
                <span className={`note-kind note-${n.kind}`}>{n.kind}</span> {n.message} <OperationLink pointer={n.sourcePointer} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function OperationLink({ pointer }: { pointer: string | undefined }) {
  const op = operationAt(pointer);
  if (!op) return null;
  return (
    <button type="button" className="link-button" onClick={() => showOperation(op)}>
      {op.method.toUpperCase()} {op.path}
    </button>
  );
}
