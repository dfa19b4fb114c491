// Messages between the studio and its certification worker. The worker mirrors the two JSON files
// from Monaco's change events (as the parse worker does), runs the offline checker on them and
// answers with located findings. Every answer names the text versions it was computed from: the
// studio drops answers about texts that have moved on (the newest run wins).
import type { CertifyProfile, ProfileChoice, RuleCategory } from '../../shared/engines/certify';
import type { Severity, TextEdit } from '../../shared/core/text';
import type { EditableFile } from './editable-files';
import type { TextChange } from './parse-protocol';

export type FileVersions = Partial<Record<EditableFile, number>>;

export type ToCertify =
  | {
      type: 'open';
      files: Partial<Record<EditableFile, { text: string; version: number }>>;
      /** script.csx when custom code is enabled (only its presence matters to the rules). */
      script: boolean;
      /** icon.png's bytes, when the folder has one. */
      icon?: Uint8Array;
      /** `auto`: chosen from the connector and its folder, as `connector-studio validate` does. */
      profile: ProfileChoice;
      /** The connector's folder (its path names the profile in a PowerPlatformConnectors clone). */
      folder?: string;
      /**
       * The folder's other files as opened (README.md, settings.json, script.csx): rules read them, so
       * the findings are the ones `connector-studio validate` gives for the folder.
       */
      others?: { readme?: string; settings?: string; script?: string };
      /** Problems found reading the files' bytes (encodings), as `validate` reports them first. */
      readProblems?: { file: string; code: string; severity: Severity; message: string; line?: number; column?: number }[];
    }
  | { type: 'change'; file: EditableFile; version: number; changes: TextChange[]; text?: string }
  | { type: 'script'; present: boolean }
  /** script.csx's text as edited in the Code tab. */
  | { type: 'script-text'; text: string }
  | { type: 'profile'; profile: ProfileChoice }
  /** The fix of finding `index` of the run for `versions` (fixes are built on demand: some need a syntax tree). */
  | { type: 'fix'; id: number; versions: FileVersions; index: number }
  /** The fixes of several findings of one file, as one set of edits (overlapping ones left out). */
  | { type: 'fix-all'; id: number; versions: FileVersions; indexes: number[] };

/** A finding as the studio shows it: plain data (the fix is asked for separately). */
export interface Finding {
  /** Position in the run's list: names the finding when its fix is asked for. */
  index: number;
  /** The file the editor shows it in (the definition for a finding `elsewhere`, which has no place there). */
  file: EditableFile;
  /** The file's name when the editor does not show it (README.md, settings.json, script.csx, icon.png). */
  elsewhere?: string;
  rule: string;
  severity: Severity;
  message: string;
  pointer: string;
  valuePath: string;
  category: RuleCategory;
  offset: number;
  length: number;
  /** 1-based; 0 (with `column`) for a file with no line to point at (icon.png, a missing README.md). */
  line: number;
  column: number;
  /** The rule offers a mechanical fix for it (it may turn out not to apply). */
  fixable: boolean;
  /**
   * A problem reading the file (encoding, JSON syntax) rather than a rule's finding: listed first,
   * as `validate` lists it, but not marked in the editor (the parse markers show it there).
   */
  read?: boolean;
}

export interface RuleInfo {
  description: string;
  microsoft: boolean;
}

export type FromCertify =
  | {
      type: 'result';
      versions: FileVersions;
      /** The choice the run was for, and the profile it checked under (the same unless `auto`). */
      choice: ProfileChoice;
      profile: CertifyProfile;
      /** Why `auto` chose `profile`. */
      profileReason?: string;
      findings: Finding[];
      /** What each rule with findings checks. */
      rules: Record<string, RuleInfo>;
      /** Time the worker spent loading and checking. */
      checkMs: number;
    }
  | { type: 'fix'; id: number; title: string; edits: TextEdit[] }
  | { type: 'fix-failed'; id: number; message: string }
  | { type: 'failed'; versions: FileVersions; message: string };
