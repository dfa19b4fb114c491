// The certification worker: mirrors apiDefinition.swagger.json and apiProperties.json from the
// editor's change events and runs the offline checker (shared/engines/certify) on them off the UI thread.
// A separate worker from the parse worker, so the form never waits for a check (parse and check run
// side by side on two cores) and a slow check only delays the markers, never the form.
// Changes that arrive while a check runs are applied together before the next one: only the latest
// text is checked, and the studio drops any answer whose versions are not the current ones.
import {
  certifyConnector,
  resolveProfile,
  RULES,
  type Fix,
  type ReportedDiagnostic,
  type CertifyProfile,
  type ProfileChoice,
} from '../../shared/engines/certify';
import { loadConnector, type LoadedConnector, type TextFileInput } from '../../shared/core/connector';
import { LineIndex, type TextEdit } from '../../shared/core/text';
import type { TextFileKey } from '../../shared/core/connector';
import { EDITABLE_FILES, FILE_NAMES, type EditableFile } from './editable-files';
import type { FileVersions, Finding, FromCertify, RuleInfo, ToCertify } from './certify-protocol';
import { TextMirror } from './text-mirror';
import { warmUp } from './warm-up';
import { errorMessage } from '../../shared/core/error-message';

const scope = self as unknown as {
  postMessage(message: FromCertify): void;
  onmessage: ((event: MessageEvent<ToCertify>) => void) | null;
};

const files = new Map<EditableFile, TextMirror>();
let hasScript = false;
/** Counts the Code tab's script edits received: a new text is a new check. */
let scriptVersion = 0;
let icon: Uint8Array | undefined;
let choice: ProfileChoice = 'auto';
let folder: string | undefined;
/** The profile the last run checked under. */
let profile: CertifyProfile = 'certified';
let scheduled = false;
/** What the last run saw, so an unchanged state is not checked twice. */
let lastKey = '';
let last: { versions: FileVersions; diagnostics: ReportedDiagnostic[] } | undefined;
/** The folder's files the editors do not hold, as opened. */
let others: Extract<ToCertify, { type: 'open' }>['others'] = {};
let readProblems: NonNullable<Extract<ToCertify, { type: 'open' }>['readProblems']> = [];

const RULE_INFO = new Map<string, RuleInfo>(RULES.map((r) => [r.id, { description: r.description, microsoft: r.microsoft }]));

function versions(): FileVersions {
  const out: FileVersions = {};
  for (const [key, f] of files) out[key] = f.version;
  return out;
}

function sameVersions(a: FileVersions, b: FileVersions): boolean {
  return EDITABLE_FILES.every((k) => a[k] === b[k]);
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(run, 0);
}

/** The texts to check, with their parses (a fresh parse when `reparse`: nothing cached applies). */
function texts(reparse = false): Partial<Record<TextFileKey, TextFileInput>> {
  const out: Partial<Record<TextFileKey, TextFileInput>> = {};
  for (const [k, f] of files)
    out[k] = { fileName: FILE_NAMES[k], text: f.text, ...(reparse ? {} : { doc: f.doc }), encoding: 'utf-8', bom: false };
  if (hasScript) out.script = { fileName: 'script.csx', text: others?.script ?? '', encoding: 'utf-8', bom: false };
  if (others?.readme !== undefined) out.readme = { fileName: 'README.md', text: others.readme, encoding: 'utf-8', bom: false };
  if (others?.settings !== undefined) out.settings = { fileName: 'settings.json', text: others.settings, encoding: 'utf-8', bom: false };
  return out;
}

/** The connector as `validate` loads it: from a folder when it was opened from one. */
function load(reparse = false): LoadedConnector {
  const connector = loadConnector(texts(reparse), icon);
  return folder ? { ...connector, folder: true } : connector;
}

/**
 * What `validate` lists first: problems reading the bytes, then the JSON syntax of every file. Those
 * of the two edited files have a place in the editor; the others (README.md, settings.json,
 * script.csx) are listed by line and column only.
 */
function readDiagnostics(connector: LoadedConnector): ReportedDiagnostic[] {
  const out: ReportedDiagnostic[] = [];
  for (const p of readProblems) {
    const key = EDITABLE_FILES.find((k) => FILE_NAMES[k] === p.file);
    const text = key ? files.get(key)?.text : undefined;
    const line = p.line ?? 1;
    const column = p.column ?? 1;
    const offset = text === undefined ? 0 : Math.min(text.length, new LineIndex(text).offset(line, column));
    out.push({ file: p.file, code: p.code, severity: p.severity, message: p.message, line, column, offset, length: 0 });
  }
  out.push(...connector.diagnostics);
  return out;
}

const EDITED_NAMES = new Map<string, EditableFile>(EDITABLE_FILES.map((k) => [FILE_NAMES[k], k]));

/** Whether the extra passes after the first check (see warm-up.ts) have been started. */
let warmUpStarted = false;

function run(): void {
  scheduled = false;
  const at = versions();
  const key = `${JSON.stringify(at)}|${choice}|${hasScript}|${scriptVersion}|${icon !== undefined}`;
  if (key === lastKey) return;
  lastKey = key;
  const start = performance.now();
  try {
    const connector = load();
    const chosen = resolveProfile(choice, connector, folder);
    profile = chosen.profile;
    const result = certifyConnector(connector, { profile });
    const read = readDiagnostics(connector);
    const all = [...read, ...result.diagnostics];
    last = { versions: at, diagnostics: all };
    const rules: Record<string, RuleInfo> = {};
    const findings: Finding[] = all.map((d, index) => {
      const info = RULE_INFO.get(d.code);
      if (info) rules[d.code] = info;
      const edited = EDITED_NAMES.get(d.file);
      return {
        index,
        file: edited ?? 'definition',
        ...(edited ? {} : { elsewhere: d.file }),
        rule: d.code,
        severity: d.severity,
        message: d.message,
        pointer: d.pointer ?? '',
        valuePath: d.valuePath ?? d.pointer ?? '',
        category: d.category ?? 'structure',
        offset: d.offset,
        length: d.length,
        line: d.line,
        column: d.column,
        // The fix is built when read (a getter): whether there is one is known without building it.
        fixable: edited !== undefined && Object.hasOwn(d, 'fix'),
        ...(index < read.length ? { read: true } : {}),
      };
    });
    scope.postMessage({
      type: 'result',
      versions: at,
      choice,
      profile,
      ...(choice === 'auto' ? { profileReason: chosen.reason } : {}),
      findings,
      rules,
      checkMs: performance.now() - start,
    });
    if (!warmUpStarted) {
      warmUpStarted = true;
      warmUp(
        () => certifyConnector(load(true), { profile }),
        () => scheduled,
      );
    }
  } catch (err) {
    last = undefined;
    scope.postMessage({
      type: 'failed',
      versions: at,
      message: `The certification check stopped: ${errorMessage(err)}`,
    });
  }
}

/**
 * Several fixes as one set of edits, in text order: a fix whose edits overlap one taken already is
 * left out (its finding stays, and is fixed on its own once the text has moved on).
 */
function combineFixes(fixes: (Fix | undefined)[]): Fix | undefined {
  const taken: TextEdit[] = [];
  let count = 0;
  let title = '';
  for (const fix of fixes) {
    if (!fix?.edits.length) continue;
    const overlaps = fix.edits.some((e) =>
      taken.some(
        (t) =>
          (e.offset < t.offset + t.length && t.offset < e.offset + e.length) ||
          (e.offset === t.offset && (e.length === 0 || t.length === 0)),
      ),
    );
    if (overlaps) continue;
    taken.push(...fix.edits);
    title ||= fix.title;
    count++;
  }
  if (!count) return undefined;
  taken.sort((a, b) => a.offset - b.offset);
  return { title: count === 1 ? title : `${title} (${count} places)`, edits: taken };
}

scope.onmessage = ({ data: message }) => {
  switch (message.type) {
    case 'open':
      files.clear();
      for (const k of EDITABLE_FILES) {
        const f = message.files[k];
        if (f) files.set(k, new TextMirror(f.text, f.version));
      }
      hasScript = message.script;
      icon = message.icon;
      choice = message.profile;
      folder = message.folder;
      others = message.others ?? {};
      readProblems = message.readProblems ?? [];
      lastKey = '';
      schedule();
      return;
    case 'change': {
      const file = files.get(message.file);
      if (!file) return;
      file.change(message.version, message.changes, message.text);
      schedule();
      return;
    }
    case 'script':
      hasScript = message.present;
      schedule();
      return;
    case 'script-text':
      others = { ...others, script: message.text };
      scriptVersion++;
      schedule();
      return;
    case 'profile':
      choice = message.profile;
      schedule();
      return;
    case 'fix-all': {
      if (!last || !sameVersions(last.versions, message.versions) || !sameVersions(last.versions, versions())) {
        scope.postMessage({
          type: 'fix-failed',
          id: message.id,
          message: 'The text changed since these findings were reported: try again on the new findings.',
        });
        return;
      }
      const combined = combineFixes(message.indexes.map((i) => last!.diagnostics[i]?.fix));
      if (!combined) scope.postMessage({ type: 'fix-failed', id: message.id, message: 'No mechanical fix applies to these findings.' });
      else scope.postMessage({ type: 'fix', id: message.id, title: combined.title, edits: combined.edits });
      return;
    }
    case 'fix': {
      if (!last || !sameVersions(last.versions, message.versions) || !sameVersions(last.versions, versions())) {
        scope.postMessage({
          type: 'fix-failed',
          id: message.id,
          message: 'The text changed since this finding was reported: try again on the new finding.',
        });
        return;
      }
      const d = last.diagnostics[message.index];
      const fix = d?.fix;
      if (!fix) scope.postMessage({ type: 'fix-failed', id: message.id, message: 'No mechanical fix applies to this finding.' });
      else scope.postMessage({ type: 'fix', id: message.id, title: fix.title, edits: fix.edits });
      return;
    }
  }
};
