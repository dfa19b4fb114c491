// The connector's operations, one row each. (Virtualised lists for hundreds of rows come with the wizard.)
import type { OperationView } from '../../shared/model';
import { KIND_LABELS } from './connector-labels';

export function OperationsTable({ operations }: { operations: OperationView[] }) {
  if (operations.length === 0) return <p>The definition declares no operations.</p>;
  return (
    <div className="table-scroll">
      <table className="operations">
        <thead>
          <tr>
            <th scope="col">Operation ID</th>
            <th scope="col">Summary</th>
            <th scope="col">Method and path</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {operations.map((op) => (
            <tr key={op.pointer}>
              <td>{op.operationId ? <code>{op.operationId}</code> : <span className="missing">none</span>}</td>
              <td>
                {op.summary ?? <span className="missing">none</span>}
                {op.deprecated ? <span className="tag">deprecated</span> : null}
              </td>
              <td>
                <code className={`method method-${op.method}`}>{op.method.toUpperCase()}</code> <code>{op.path}</code>
              </td>
              <td>{KIND_LABELS[op.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
