// An operation's parameters, read-only for now (the parameter editor comes later).
import type { ParameterRow } from '../../studio/form-state';

export function ParametersTable({ parameters }: { parameters: readonly ParameterRow[] }) {
  if (!parameters.length) return <p>This operation takes no parameters.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">In</th>
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Summary</th>
            <th scope="col">Visibility</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p, i) => (
            <tr key={i}>
              <td>
                {p.resolved ? <code>{p.name}</code> : <span className="warn">Unresolved reference {p.ref}</span>}
              </td>
              <td>{p.in}</td>
              <td>{p.type}</td>
              <td>{p.required ? 'Yes' : 'No'}</td>
              <td>{p.summary || p.description}</td>
              <td>{p.visibility}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
