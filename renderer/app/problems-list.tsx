// Problems found in the connector's files, each located by file, line and column.
import type { Problem } from './connector-summary';

const SEVERITY_LABELS: Record<Problem['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export function locationOf(problem: Problem): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}, line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ''}`;
}

export function ProblemsList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return <p>No problems found in the files.</p>;
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem problem-${p.severity}`}>
          <span className="severity">{SEVERITY_LABELS[p.severity]}</span> <span className="location">{locationOf(p)}</span>:{' '}
          {p.message} <span className="code">({p.code})</span>
        </li>
      ))}
    </ul>
  );
}
