// The operation as Power Apps calls it from the formula bar: the signature (required inputs
// positional, optional ones in a record), the arguments' types and the result's type; or why
// Power Apps cannot call it.
import type { PowerAppsCall } from '../../../../shared/engines/designer-preview';

export function PreviewPowerApps({ call }: { call: PowerAppsCall }) {
  if (!call.callable) return <p>{call.reason}</p>;
  return (
    <>
      <p className="visually-hidden">Formula signature:</p>
      <pre className="formula">
        <code>{call.signature}</code>
      </pre>
      {call.deprecated ? <p className="warn">Deprecated: Power Apps still calls it, and warns the maker.</p> : null}
      {call.arguments.length ? (
        <div className="table-scroll">
          <table className="data-table preview-arguments">
            <caption>Arguments</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Required</th>
              </tr>
            </thead>
            <tbody>
              {call.arguments.map((a) => (
                <tr key={a.name}>
                  <th scope="row">
                    <code>{a.name}</code>
                  </th>
                  <td>{a.type}</td>
                  <td>{a.required ? 'Yes' : 'No, in the record'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        Returns: <code className="formula-type">{call.result}</code>
      </p>
    </>
  );
}
