// "Test all": one row per operation run, filled in as the runs finish; a row shows that run.
import type { AllRow } from './run-store';

interface Props {
  rows: AllRow[];
  running: boolean;
  onShow(pointer: string): void;
}

const STATE: Record<AllRow['state'], string> = {
  waiting: 'waiting',
  running: 'running…',
  passed: 'passed',
  failed: 'failed',
  error: 'not run',
};

export function TestAllSummary({ rows, running, onShow }: Props) {
  const done = rows.filter((r) => r.state !== 'waiting' && r.state !== 'running');
  const passed = rows.filter((r) => r.state === 'passed').length;
  return (
    <section className="test-all" aria-labelledby="test-all-heading">
      <h3 id="test-all-heading">Test all</h3>
      <p role="status">
        {running
          ? `Running: ${done.length} of ${rows.length} done.`
          : `${passed} of ${rows.length} passed${done.length < rows.length ? ` (${rows.length - done.length} not run)` : ''}.`}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Operation</th>
              <th scope="col">Result</th>
              <th scope="col">Status</th>
              <th scope="col">Time</th>
              <th scope="col">First problem</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.pointer}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onShow(r.pointer)}>
                    {r.operation}
                  </button>
                </th>
                <td className={`outcome-${r.state}`}>{STATE[r.state]}</td>
                <td>{r.status ?? ''}</td>
                <td>{r.totalMs !== undefined ? `${Math.round(r.totalMs)} ms` : ''}</td>
                <td>{r.message ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
