// What is wrong with the files, above the form: a text that does not parse (the form then shows the
// last state that did, and cannot edit that file), a text that parses but is not strict JSON, and
// what was met while reading the bytes. Each names its first place and takes you there.
import type { FileDiagnostic } from '../../shared/contracts/ipc';
import { EDITABLE_FILES, FILE_NAMES, type EditableFile } from '../workers/editable-files';
import type { FileStatus, LocatedDiagnostic, SessionSnapshot } from '../session/session-snapshot';

interface Props {
  snapshot: SessionSnapshot;
  onReveal(file: EditableFile, at: { offset: number; length: number } | { line: number; column: number }): void;
}

const where = (d: { line?: number; column?: number }) => (d.line !== undefined ? `line ${d.line}, column ${d.column ?? 1}` : 'the start');

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function FileBanner({ file, status, onReveal }: { file: EditableFile; status: FileStatus; onReveal: Props['onReveal'] }) {
  const first: LocatedDiagnostic | undefined = status.hasErrors
    ? status.diagnostics.find((d) => d.severity === 'error')
    : status.diagnostics[0];
  if (!first) return null;
  const go = (d: LocatedDiagnostic) => (
    <button type="button" className="link-button" onClick={() => onReveal(file, { offset: d.offset, length: d.length })}>
      Go to {where(d)}
    </button>
  );
  if (status.hasErrors) {
    const more = status.diagnostics.length - 1;
    return (
      <div className="banner banner-error" role="alert">
        <p>
          <strong>{status.name} does not parse</strong> at {where(first)}: {first.message}
          {more > 0 ? ` (${plural(more, 'more problem')}.)` : ''} The form shows the last version that parsed, and cannot change this file
          until the text is fixed. {go(first)}
        </p>
      </div>
    );
  }
  return (
    <section className="banner banner-warning" aria-label={`Problems in ${status.name}`}>
      <p>
        <strong>{status.name} is not strict JSON</strong> ({plural(status.diagnostics.length, 'problem')}; Microsoft's tools may refuse it).
        First, at {where(first)}: {first.message} {go(first)}
      </p>
      {status.diagnostics.length > 1 ? (
        <details>
          <summary>All {plural(status.diagnostics.length, 'problem')}</summary>
          <ul className="problem-list">
            {status.diagnostics.slice(0, 200).map((d, i) => (
              <li key={i}>
                {where(d)}: {d.message} {go(d)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function fileOfNotice(n: FileDiagnostic): EditableFile | undefined {
  return EDITABLE_FILES.find((k) => FILE_NAMES[k].toLowerCase() === n.file.toLowerCase());
}

export function ProblemBanners({ snapshot, onReveal }: Props) {
  const banners = EDITABLE_FILES.map((key) => {
    const status = snapshot.files[key];
    return status ? <FileBanner key={key} file={key} status={status} onReveal={onReveal} /> : null;
  });
  const mixed = EDITABLE_FILES.filter((k) => snapshot.files[k]?.mixedLineEndings);
  return (
    <div className="banners">
      {banners}
      {snapshot.notices.map((n, i) => {
        const file = fileOfNotice(n);
        return (
          <section key={`notice-${i}`} className="banner banner-warning" aria-label={`Note about ${n.file}`}>
            <p>
              <strong>{n.file}</strong>, {where(n)}: {n.message}{' '}
              {file && n.line !== undefined ? (
                <button type="button" className="link-button" onClick={() => onReveal(file, { line: n.line!, column: n.column ?? 1 })}>
                  Go to {where(n)}
                </button>
              ) : null}
            </p>
          </section>
        );
      })}
      {mixed.map((k) => (
        <section key={`eol-${k}`} className="banner banner-warning" aria-label={`Line endings of ${FILE_NAMES[k]}`}>
          <p>
            <strong>{FILE_NAMES[k]}</strong> mixes Windows and Unix line endings; the editor keeps one kind, so saving it writes every line
            ending alike.
          </p>
        </section>
      ))}
    </div>
  );
}
