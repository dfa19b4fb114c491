// The Certification tab: the offline checker's findings on the text as it is now (checked in a
// worker after every change), for the chosen kind of submission. Choosing a finding selects its
// range in the editor (and, under an operation, that operation in the Definition tab); a finding
// with a mechanical correction has a Quick fix, applied as one undoable edit.
import { useCallback, useId, useMemo, useState } from 'react';
import { PROFILE_CHOICES, PROFILE_DESCRIPTIONS, type CertifyProfile, type ProfileChoice } from '../../../shared/engines/certify';
import { useTabSession } from '../../session/session-context';
import type { ConnectorTexts } from '../../session/editing';
import type { EditableFile } from '../../workers/editable-files';
import type { FormState } from '../../../shared/editing/form-state';
import type { Finding } from '../../workers/certify-protocol';
import type { CertificationClient } from './certification-client';
import { useStore } from '../../session/use-store';
import { countsSentence, groupFindings } from './finding-groups';
import { FindingList } from './finding-list';
import { otherFileTarget, targetOf, type FindingTarget, type FormTab, type PlaceUser } from './finding-target';
import { placeUsers } from './place-users';
import { definitionReader } from './definition-reader';
import type { FieldRequest } from './focus-field';
import './certification.css';
import { errorMessage } from '../../../shared/core/error-message';

const PROFILE_LABELS: Record<ProfileChoice, string> = {
  auto: 'Auto (from the connector)',
  custom: 'Custom connector',
  certified: 'Certified connector (verified publisher)',
  'independent-publisher': 'Independent publisher connector',
};

interface Props {
  /** The session's checker. */
  certification: CertificationClient;
  form: FormState;
  onReveal(file: EditableFile, at: { offset: number; length: number }): void;
  /** Shows a tab, and when a field is named, focuses it there (once the tab has rendered). */
  onShowInForm(tab: FormTab, field: FieldRequest | undefined): void;
  onSelectOperation(pointer: string): void;
}

interface Changes {
  file: EditableFile;
  ranges: readonly { offset: number; length: number }[];
  /** The place shown last. */
  at: number;
  /** The file's text version just after the fix. */
  version: number | undefined;
}

/** The definition's text parsed once, when a target first needs it (undefined when it does not parse). */
function lazyDefinition(session: ConnectorTexts): () => unknown {
  let parsed: { value: unknown } | undefined;
  return () => {
    if (!parsed) {
      try {
        parsed = { value: JSON.parse(session.text('definition') ?? 'null') as unknown };
      } catch {
        parsed = { value: undefined };
      }
    }
    return parsed.value;
  };
}

/** propertyName of each x-ms-connector-metadata item. */
function metadataNames(definition: () => unknown): (index: number) => string | undefined {
  return (index) => {
    const list = (definition() as Record<string, unknown> | null | undefined)?.['x-ms-connector-metadata'];
    const name = Array.isArray(list) ? (list[index] as Record<string, unknown> | null | undefined)?.propertyName : undefined;
    return typeof name === 'string' ? name : undefined;
  };
}

/** The operations using a shared parameter or response, each place looked up once. */
function usersIn(definition: () => unknown, operations: readonly string[]): (pointer: string) => readonly PlaceUser[] {
  const known = new Map<string, readonly PlaceUser[]>();
  return (pointer) => {
    let users = known.get(pointer);
    if (!users) {
      users = placeUsers(definition(), operations, pointer);
      known.set(pointer, users);
    }
    return users;
  };
}

/** What the chosen profile checks, and for auto what it resolved to and why. */
function profileHint(choice: ProfileChoice, profile: CertifyProfile | undefined, reason: string | undefined): string {
  if (choice !== 'auto') return PROFILE_DESCRIPTIONS[choice];
  if (!profile) return 'Chosen from the connector once it is checked.';
  return `Checked as: ${PROFILE_LABELS[profile]}, chosen from ${reason ?? 'the connector'}. ${PROFILE_DESCRIPTIONS[profile]}`;
}

export function CertificationTab({ certification: client, form, onReveal, onShowInForm, onSelectOperation }: Props) {
  const session = useTabSession();
  const state = useStore(client);
  const profileId = useId();
  const profileHintId = useId();
  const [fixing, setFixing] = useState<number>();
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string }>();
  // The places the last fix changed, to step through while the text is as the fix left it.
  const [changes, setChanges] = useState<Changes>();

  const groups = useMemo(() => groupFindings(state.findings ?? []), [state.findings]);
  const operations = useMemo(() => {
    const names = new Map<string, string>();
    for (const op of form.operations) names.set(op.pointer, op.operationId || `${op.method.toUpperCase()} ${op.path}`);
    return names;
  }, [form.operations]);
  const target = useMemo(() => {
    const definition = lazyDefinition(session);
    const ctx = {
      operationName: (p: string) => operations.get(p),
      metadataName: metadataNames(definition),
      usersOf: usersIn(definition, [...operations.keys()]),
      ...definitionReader(definition),
    };
    const cache = new Map<number, FindingTarget | undefined>();
    return (f: Finding) => {
      if (f.elsewhere) return otherFileTarget(f.elsewhere);
      if (!cache.has(f.index)) cache.set(f.index, targetOf(f.file, f.pointer, ctx));
      return cache.get(f.index);
    };
    // New findings, new targets (the cache is by finding index).
  }, [session, operations, state.findings]);

  const showInForm = useCallback(
    (f: Finding, t: FindingTarget) => {
      // A file the definition editor does not show (script.csx, icon.png): the form's place alone.
      if (!f.elsewhere) onReveal(f.file, { offset: f.offset, length: f.length });
      if (t.operation) onSelectOperation(t.operation);
      // After the editor has taken the selection (it takes the focus too), the field takes the focus.
      onShowInForm(
        t.tab,
        t.field
          ? {
              label: t.field,
              ...(t.within ? { within: t.within } : {}),
              ...(t.item ? { item: t.item } : {}),
              ...(t.line !== undefined ? { line: t.line } : {}),
            }
          : undefined,
      );
    },
    [onReveal, onSelectOperation, onShowInForm],
  );

  const choose = useCallback(
    (f: Finding) => {
      const t = target(f);
      // A file the editor does not show: where the studio edits it (the Code tab for script.csx, the
      // icon in the General tab), or nowhere (README.md, settings.json: the line and column say where).
      if (f.elsewhere) {
        if (t) showInForm(f, t);
        return;
      }
      if (t?.operation) onSelectOperation(t.operation);
      onReveal(f.file, { offset: f.offset, length: f.length });
    },
    [target, onReveal, onSelectOperation, showInForm],
  );

  const fix = useCallback(
    (f: Finding | readonly Finding[]) => {
      const list = Array.isArray(f) ? f : [f as Finding];
      setFixing(list[0]!.index);
      setMessage(undefined);
      setChanges(undefined);
      client.applyFix(list).then(
        ({ title, changed }) => {
          setFixing(undefined);
          // The editor shows the changed text: every place selected (one cursor each), the first in view.
          const file = list[0]!.file;
          if (changed[0]) onReveal(file, changed[0]);
          if (changed.length > 1) {
            requestAnimationFrame(() => session.revealAll(file, changed));
            setChanges({ file, ranges: changed, at: 0, version: session.version(file) });
          }
          setMessage({ kind: 'done', text: `Applied: ${title}. Undo takes it back.` });
        },
        (err: unknown) => {
          setFixing(undefined);
          setMessage({ kind: 'error', text: errorMessage(err) });
        },
      );
    },
    [client, onReveal, session],
  );

  const step = (by: number) => {
    if (!changes) return;
    if (session.version(changes.file) !== changes.version) {
      setChanges(undefined);
      setMessage({ kind: 'error', text: 'The text changed since the fix: its places are no longer where they were.' });
      return;
    }
    const at = (changes.at + by + changes.ranges.length) % changes.ranges.length;
    setChanges({ ...changes, at });
    onReveal(changes.file, changes.ranges[at]!);
  };

  const findings = state.findings;
  return (
    <div className="tab-body certification-tab">
      <h2>Certification</h2>
      <p className="certification-status" role="status">
        {findings === undefined ? 'Checking…' : `${countsSentence(findings)}${state.checking ? ' (checking the latest changes…)' : ''}`}
      </p>
      <div className="field">
        <label htmlFor={profileId}>Check for</label>
        <div className="field-control">
          <select
            id={profileId}
            className="input"
            value={state.choice}
            aria-describedby={profileHintId}
            onChange={(e) => client.setProfile(e.target.value as ProfileChoice)}
          >
            {PROFILE_CHOICES.map((p) => (
              <option key={p} value={p}>
                {PROFILE_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <p id={profileHintId} className="field-hint">
          {profileHint(state.choice, state.profile, state.profileReason)} The same checks as{' '}
          <code>connector-studio validate --profile {state.choice}</code>.
        </p>
      </div>
      {state.error ? (
        <p role="alert" className="error">
          {state.error}
        </p>
      ) : null}
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'fix-done'}>
          {message.text}
        </p>
      ) : null}
      {changes ? (
        <div className="fix-steps" role="group" aria-label="Places the fix changed">
          <button type="button" className="secondary small" onClick={() => step(-1)}>
            Previous change
          </button>
          <span role="status">
            Change {changes.at + 1} of {changes.ranges.length}
          </span>
          <button type="button" className="secondary small" onClick={() => step(1)}>
            Next change
          </button>
        </div>
      ) : null}
      {findings !== undefined && findings.length === 0 ? <p>No findings: the connector passes every check of this profile.</p> : null}
      {groups.length ? (
        <FindingList
          groups={groups}
          rules={state.rules}
          targetOf={target}
          onChoose={choose}
          onShowInForm={showInForm}
          onFix={fix}
          onFixAll={fix}
          fixing={fixing}
        />
      ) : null}
    </div>
  );
}
