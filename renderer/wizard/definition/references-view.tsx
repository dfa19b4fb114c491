// References: the definition's reusable parts (#/definitions, #/parameters, #/responses), where each
// is used (a jump to each use), renaming one (every `$ref` follows, in one undo step), deleting one
// that nothing uses, and a definition's properties as a tree (where "Show in form" edits them).
import { useContext, useDeferredValue, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import {
  describeUse,
  referenceNameProblem,
  REFERENCE_SECTIONS,
  type ReferenceEntry,
  type ReferenceSection,
} from '../../../shared/editing/definition-references';
import { useTabSession } from '../../session/session-context';
import type { FormState } from '../../../shared/editing/form-state';
import { schemaTree } from '../../../shared/editing/definition-edits';
import { parsePointer, valueAt } from '../../../shared/core/text';
import { isPending, ParameterFocusContext } from './parameter-focus';
import { definitionDocument, revealPointer } from './references-source';
import { SchemaTreeView } from './schema-tree-view';
import './references-policies.css';

/** What the view shows for the moment between asking the worker for the references and its answer. */
const NOT_LISTED: NonNullable<FormState['references']> = { definitions: [], parameters: [], responses: [], dangling: [] };

const SECTION_LABELS: Record<ReferenceSection, string> = { definitions: 'Definitions', parameters: 'Parameters', responses: 'Responses' };

interface Props {
  form: FormState;
  locked: boolean;
}

export function ReferencesView({ form, locked }: Props) {
  const session = useTabSession();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim().toLowerCase());
  const [selected, setSelected] = useState<{ section: ReferenceSection; name: string }>();
  useEffect(() => session.wantReferences(), [session]);
  // "Show in form" on a finding inside a definition: select it (its property tree takes the request).
  const focusRequest = useContext(ParameterFocusContext);
  useEffect(() => {
    if (!isPending(focusRequest)) return;
    const [section, name] = parsePointer(focusRequest.pointer);
    if (section === 'definitions' && name !== undefined) setSelected({ section, name });
  }, [focusRequest]);
  const refs = form.references ?? NOT_LISTED;
  const entry = selected ? refs[selected.section].find((e) => e.name === selected.name) : undefined;
  const opLabels = useMemo(() => {
    const m = new Map<string, string>();
    for (const op of form.operations)
      m.set(op.pointer, `${op.method.toUpperCase()} ${op.path}${op.operationId ? ` (${op.operationId})` : ''}`);
    return m;
  }, [form.operations]);
  const where = (pointer: string) => describeUse(pointer, (p) => opLabels.get(p));

  return (
    <div className="references-view">
      <div className="references-list-pane">
        <h2>References</h2>
        <p className="section-hint">Schemas, parameters and responses written once and used through $ref.</p>
        <label htmlFor={searchId}>Search references</label>
        <input id={searchId} type="search" className="input" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        {refs.dangling.length ? (
          <p className="warn">
            {refs.dangling.length === 1 ? 'One $ref names' : `${refs.dangling.length} $refs name`} nothing in the definition:{' '}
            {[...new Set(refs.dangling.map((d) => d.ref))].slice(0, 5).join(', ')}
          </p>
        ) : null}
        {REFERENCE_SECTIONS.map((section) => {
          const shown = deferred ? refs[section].filter((e) => e.name.toLowerCase().includes(deferred)) : refs[section];
          return (
            <section key={section} aria-labelledby={`references-${section}`} className="references-section">
              <h3 id={`references-${section}`}>
                {SECTION_LABELS[section]} <span className="count">({refs[section].length})</span>
              </h3>
              {shown.length ? (
                <ul className="reference-list">
                  {shown.map((e) => (
                    <li key={e.name}>
                      <button
                        type="button"
                        className="reference-item"
                        aria-pressed={selected?.section === section && selected.name === e.name}
                        onClick={() => setSelected({ section, name: e.name })}
                      >
                        <code>{e.name}</code>
                        <span className={e.uses.length ? 'uses' : 'uses unused'}>{usesText(e.uses.length)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="section-hint">
                  {!form.references ? 'Listing…' : refs[section].length ? 'None matches the search.' : 'None.'}
                </p>
              )}
            </section>
          );
        })}
      </div>
      <div className="references-detail-pane">
        {entry ? (
          <ReferenceDetails
            key={`${entry.section}/${entry.name}`}
            entry={entry}
            locked={locked}
            where={where}
            onRenamed={(name) => setSelected({ section: entry.section, name })}
            onDeleted={() => setSelected(undefined)}
          />
        ) : (
          <p className="choose-hint">Choose a definition, parameter or response to see where it is used and to edit it.</p>
        )}
      </div>
    </div>
  );
}

function usesText(n: number): string {
  return n === 0 ? 'unused' : n === 1 ? 'used once' : `used ${n} times`;
}

interface DetailsProps {
  entry: ReferenceEntry;
  locked: boolean;
  where(pointer: string): string;
  onRenamed(name: string): void;
  onDeleted(): void;
}

function ReferenceDetails({ entry, locked, where, onRenamed, onDeleted }: DetailsProps) {
  const session = useTabSession();
  const nameId = useId();
  const errorId = useId();
  const [name, setName] = useState(entry.name);
  const [tried, setTried] = useState(false);
  const doc = definitionDocument(session);
  const problem = name === entry.name ? undefined : referenceNameProblem(doc?.value, entry.section, name, entry.name);
  const singular = entry.section.slice(0, -1);

  const rename = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem || name === entry.name) return;
    session.edit('definition', `reference:${entry.pointer}`, {
      kind: 'reference-rename',
      section: entry.section,
      from: entry.name,
      to: name,
    });
    session.endEditGroup();
    onRenamed(name);
  };
  const remove = () => {
    session.edit('definition', `reference:${entry.pointer}`, { kind: 'reference-delete', section: entry.section, name: entry.name });
    session.endEditGroup();
    onDeleted();
  };

  return (
    <section className="reference-details" aria-labelledby="reference-heading">
      <h3 id="reference-heading">
        <code>{entry.ref}</code>
      </h3>
      <fieldset className="form-section" disabled={locked}>
        <legend>Rename or delete</legend>
        <form className="rename-form" onSubmit={rename}>
          <div className="field">
            <label htmlFor={nameId}>Name</label>
            <div className="field-control">
              <input
                id={nameId}
                className="input code-input"
                value={name}
                spellCheck={false}
                autoComplete="off"
                aria-invalid={tried && problem ? true : undefined}
                aria-describedby={errorId}
                onChange={(e) => {
                  setName(e.target.value);
                  setTried(false);
                }}
              />
              <button type="submit" disabled={name === entry.name}>
                Rename
              </button>
            </div>
            <p id={errorId} className={problem ? 'field-hint field-error' : 'field-hint'}>
              {problem ?? `Renaming changes every $ref to this ${singular} (${usesText(entry.uses.length)}), in one step Undo takes back.`}
            </p>
          </div>
        </form>
        <div className="button-row">
          <button
            type="button"
            className="secondary"
            disabled={entry.uses.length > 0}
            aria-describedby={`${errorId}-delete`}
            onClick={remove}
          >
            Delete {singular}
          </button>
          <p id={`${errorId}-delete`} className="section-hint">
            {entry.uses.length ? `It is ${usesText(entry.uses.length)}: remove those uses before deleting it.` : 'Nothing uses it.'}
          </p>
        </div>
      </fieldset>
      <h4>Where it is used</h4>
      {entry.uses.length ? (
        <ul className="use-list">
          {entry.uses.map((u) => (
            <li key={u.pointer}>
              <button type="button" className="link-button" onClick={() => revealPointer(session, u.pointer)}>
                {where(u.pointer)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing uses it.</p>
      )}
      {entry.section === 'definitions' ? <DefinitionProperties pointer={entry.pointer} name={entry.name} locked={locked} /> : null}
    </section>
  );
}

/** A definition's properties: the same tree and property fields as an operation's body and responses. */
function DefinitionProperties({ pointer, name, locked }: { pointer: string; name: string; locked: boolean }) {
  const session = useTabSession();
  const doc = definitionDocument(session);
  const tree = doc ? schemaTree(doc.value, valueAt(doc.value, pointer), pointer) : undefined;
  // The table's caption ("Properties of X") is the heading.
  return tree ? (
    <SchemaTreeView tree={tree} label={`Properties of ${name}`} locked={locked} />
  ) : (
    <p>The definition is not readable: fix the text.</p>
  );
}
