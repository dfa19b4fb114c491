// The opened connector at a glance: title, where it calls, how it authenticates, its operations and
// the problems in its files.
import { authLabelOf, baseUrlOf, countsSentence } from './connector-labels';
import type { ConnectorSummary } from './connector-summary';
import { OperationsTable } from './operations-table';
import { ProblemsList } from './problems-list';

export function ConnectorOverview({ summary }: { summary: ConnectorSummary }) {
  const { model, counts, problems } = summary;
  const baseUrl = baseUrlOf(model);
  return (
    <article className="overview" aria-labelledby="connector-title">
      <h1 id="connector-title">{model.title ?? 'Untitled connector'}</h1>
      {model.description ? <p className="description">{model.description}</p> : null}
      <dl className="facts">
        <div>
          <dt>Host</dt>
          <dd>{model.host ? <code>{model.host}</code> : 'Not set'}</dd>
        </div>
        <div>
          <dt>Base URL</dt>
          <dd>{baseUrl ? <code>{baseUrl}</code> : 'Not set (the definition names no host)'}</dd>
        </div>
        <div>
          <dt>Authentication</dt>
          <dd>{authLabelOf(model)}</dd>
        </div>
        <div>
          <dt>Folder</dt>
          <dd>
            <code>{summary.dir}</code>
          </dd>
        </div>
        <div>
          <dt>Files</dt>
          <dd>{summary.files.join(', ')}</dd>
        </div>
      </dl>

      <section aria-labelledby="operations-heading">
        <h2 id="operations-heading">Operations ({counts.total})</h2>
        <p className="counts">{countsSentence(counts)}</p>
        <OperationsTable operations={model.operations} />
      </section>

      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">Problems in the files ({problems.length})</h2>
        <ProblemsList problems={problems} />
      </section>
    </article>
  );
}
