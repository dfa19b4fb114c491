// An operation's responses, read-only for now.
import type { ResponseRow } from '../../studio/form-state';

export function ResponsesTable({ responses }: { responses: readonly ResponseRow[] }) {
  if (!responses.length) return <p>This operation declares no responses.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Description</th>
            <th scope="col">Schema</th>
          </tr>
        </thead>
        <tbody>
          {responses.map((r) => (
            <tr key={r.status}>
              <td>
                <code>{r.status}</code>
              </td>
              <td>{r.description}</td>
              <td>{r.schema ? <code>{r.schema}</code> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
