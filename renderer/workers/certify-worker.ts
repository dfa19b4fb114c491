// The certification worker: mirrors apiDefinition.swagger.json and apiProperties.json from the
// editor's change events and runs the offline checker (shared/certify) on them off the UI thread.
// A separate worker from the parse worker, so the form never waits for a check (parse and check run
// side by side on two cores) and a slow check only delays the markers, never the form.
// Changes that arrive while a check runs are applied together before the next one: only the latest
// text is checked, and the studio drops any answer whose versions are not the current ones.
import { certifyConnector, RULES, type CertifyDiagnostic, type CertifyProfile } from '../../shared/certify';
import { loadConnector, type TextFileInput } from '../../shared/connector';
import type { TextFileKey } from '../../shared/connector';
import { EDITABLE_FILES, FILE_NAMES, type EditableFile } from '../studio/editable-files';
import type { FileVersions, Finding, FromCertify, RuleInfo, ToCertify } from './certify-protocol';
import type { TextChange } from './parse-protocol';

const scope = self as unknown as {
  postMessage(message: FromCertify): void;
  onmessage: ((event: MessageEvent<ToCertify>) => void) | null;
};

const files = new Map<EditableFile, { text: string; version: number }>();
let hasScript = false;
let icon: Uint8Array | undefined;
let profile: CertifyProfile = 'certified';
let scheduled = false;
/** What the last run saw, so an unchanged state is not checked twice. */
let lastKey = '';
let last: { versions: FileVersions; diagnostics: CertifyDiagnostic[] } | undefined;

const RULE_INFO = new Map<string, RuleInfo>(RULES.map((r) => [r.id, { description: r.description, microsoft: r.microsoft }]));

function applyChanges(text: string, changes: readonly TextChange[]): string {
  // Offsets refer to the text before the event; applying from the end keeps earlier offsets valid.
  const sorted = [...changes].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const c of sorted) out = out.slice(0, c.offset) + c.text + out.slice(c.offset + c.length);
  return out;
}

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

function run(): void {
  scheduled = false;
  const at = versions();
  const key = `${JSON.stringify(at)}|${profile}|${hasScript}|${icon !== undefined}`;
  if (key === lastKey) return;
  lastKey = key;
  const start = performance.now();
  try {
    const texts: Partial<Record<TextFileKey, TextFileInput>> = {};
    for (const [k, f] of files) texts[k] = { fileName: FILE_NAMES[k], text: f.text, encoding: 'utf-8', bom: false };
    // The rules ask only whether there is a script; its text stays in the studio.
    if (hasScript) texts.script = { fileName: 'script.csx', text: '', encoding: 'utf-8', bom: false };
    const result = certifyConnector(loadConnector(texts, icon), { profile });
    last = { versions: at, diagnostics: result.diagnostics };
    const rules: Record<string, RuleInfo> = {};
    const findings: Finding[] = result.diagnostics.map((d, index) => {
      const info = RULE_INFO.get(d.code);
      if (info) rules[d.code] = info;
      return {
        index,
        file: d.file === FILE_NAMES.properties ? 'properties' : 'definition',
        rule: d.code,
        severity: d.severity,
        message: d.message,
        pointer: d.pointer ?? '',
        valuePath: d.valuePath,
        category: d.category,
        offset: d.offset,
        length: d.length,
        line: d.line,
        column: d.column,
        // The fix is built when read (a getter): whether there is one is known without building it.
        fixable: Object.prototype.hasOwnProperty.call(d, 'fix'),
      };
    });
    scope.postMessage({ type: 'result', versions: at, profile, findings, rules, checkMs: performance.now() - start });
  } catch (err) {
    last = undefined;
    scope.postMessage({ type: 'failed', versions: at, message: `The certification check stopped: ${err instanceof Error ? err.message : String(err)}` });
  }
}

scope.onmessage = ({ data: message }) => {
  switch (message.type) {
    case 'open':
      files.clear();
      for (const k of EDITABLE_FILES) {
        const f = message.files[k];
        if (f) files.set(k, { text: f.text, version: f.version });
      }
      hasScript = message.script;
      icon = message.icon;
      profile = message.profile;
      lastKey = '';
      schedule();
      return;
    case 'change': {
      const file = files.get(message.file);
      if (!file) return;
      file.text = message.text ?? applyChanges(file.text, message.changes);
      file.version = message.version;
      schedule();
      return;
    }
    case 'script':
      hasScript = message.present;
      schedule();
      return;
    case 'profile':
      profile = message.profile;
      schedule();
      return;
    case 'fix': {
      if (!last || !sameVersions(last.versions, message.versions) || !sameVersions(last.versions, versions())) {
        scope.postMessage({ type: 'fix-failed', id: message.id, message: 'The text changed since this finding was reported: try again on the new finding.' });
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
