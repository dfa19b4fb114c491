// What a maker would stumble on in the designer, each with its way to the fix: the checker's
// finding for it (selected in the editor), the form field that edits it (focused, opening the
// parameter's form first), or the place in the text.
import type { PreviewProblem } from '../../../../shared/engines/designer-preview';
import type { Finding } from '../../../workers/certify-protocol';
import type { TabSession } from '../../../session/editing';
import { focusField } from '../../certification/focus-field';
import { definitionDocument } from '../references-source';

interface Props {
  problems: readonly PreviewProblem[];
  /** The checker's current findings (undefined until its first answer). */
  findings: readonly Finding[] | undefined;
  session: TabSession;
  onFocusParameter(parameterPointer: string, field: string): void;
}

/** The findings of the rules that report this problem, at its place or under it. */
export function findingsFor(problem: PreviewProblem, findings: readonly Finding[] | undefined): Finding[] {
  if (!findings || !problem.rules.length) return [];
  return findings.filter(
    (f) =>
      f.file === 'definition' &&
      !f.elsewhere &&
      problem.rules.includes(f.rule) &&
      (f.pointer === problem.pointer || f.pointer.startsWith(`${problem.pointer}/`)),
  );
}

function revealInText(session: TabSession, problem: PreviewProblem): void {
  const doc = definitionDocument(session);
  const range = (problem.fixKey ? doc?.rangeOf(`${problem.pointer}/${problem.fixKey}`) : undefined) ?? doc?.rangeOf(problem.pointer);
  if (range) session.reveal('definition', range.offset, range.length);
}

export function PreviewProblems({ problems, findings, session, onFocusParameter }: Props) {
  if (!problems.length) return <p className="field-hint">Nothing a maker would stumble on here.</p>;
  const warnings = problems.filter((p) => p.severity === 'warning');
  const notes = problems.filter((p) => p.severity !== 'warning');
  const list = (items: readonly PreviewProblem[]) => (
    <ProblemList problems={items} findings={findings} session={session} onFocusParameter={onFocusParameter} />
  );
  return (
    <>
      {warnings.length ? list(warnings) : null}
      {/* Notes (tokens named after their properties, a trigger's wording) can be many: folded. */}
      {notes.length ? (
        <details className="preview-notes">
          <summary>{notes.length === 1 ? '1 note' : `${notes.length} notes`} on wording</summary>
          {list(notes)}
        </details>
      ) : null}
    </>
  );
}

function ProblemList({ problems, findings, session, onFocusParameter }: Props) {
  return (
    <ul className="preview-problems">
      {problems.map((problem) => {
        const matched = findingsFor(problem, findings);
        const field = problem.field;
        return (
          <li key={problem.key} className={problem.severity === 'warning' ? 'preview-problem warn-item' : 'preview-problem'}>
            <span className="visually-hidden">{problem.severity === 'warning' ? 'Warning: ' : 'Note: '}</span>
            {problem.message}
            <span className="preview-problem-links">
              {matched.map((f) => (
                <button
                  key={f.index}
                  type="button"
                  className="link-button"
                  onClick={() => session.reveal(f.file, f.offset, f.length)}
                  title={f.message}
                >
                  Checker: {f.rule}
                </button>
              ))}
              {field?.scope === 'operation' ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={(e) => {
                    const panel = e.currentTarget.closest<HTMLElement>('[role="tabpanel"]');
                    if (panel?.id) focusField(panel.id, field.label);
                  }}
                >
                  Edit {field.label}
                </button>
              ) : null}
              {field?.scope === 'parameter' && field.parameterPointer ? (
                <button type="button" className="link-button" onClick={() => onFocusParameter(field.parameterPointer!, field.label)}>
                  Edit the parameter’s {field.label}
                </button>
              ) : null}
              {field?.scope !== 'operation' && field?.scope !== 'parameter' ? (
                <button type="button" className="link-button" onClick={() => revealInText(session, problem)}>
                  Show in the text
                </button>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
