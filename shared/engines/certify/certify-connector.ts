// The certification checker: runs every rule of a profile over a loaded connector in one walk and
// returns located diagnostics (file, line, column, JSON pointer and paconn ValuePath), with a fix
// where the correction is mechanical.
import { CONNECTOR_FILES } from '../../core/connector';
import type { LoadedConnector } from '../../core/connector';
import { asObject, resolveRef } from '../../core/model';
import type { JsonDocument } from '../../core/text';
import { locateOtherFiles } from './locate-other-files';
import { pointerLookup, treeLookup, type PointerLocation } from './locate-pointers';
import { buildOperationNodes, indexById } from './operation-nodes';
import { levelFor } from './profiles';
import { RULES } from './rules';
import type { CertifyDiagnostic, CertifyProfile, CertifyRule, Finding, Fix, RuleContext, RuleLevel, RuleVisitor } from './types';
import { ValuePaths } from './value-path';
import { specificWins } from './specific-wins';
import { containerAt, dependsOnUnsureText, type UnsureSpan, unsureSpans } from './unread-text';
import { walkConnector } from './walk-connector';

export interface CertifyOptions {
  /** Default: certified. */
  profile?: CertifyProfile;
  /** Default: every registered rule. */
  rules?: readonly CertifyRule[];
}

export interface CertifyResult {
  profile: CertifyProfile;
  diagnostics: CertifyDiagnostic[];
  errors: number;
  warnings: number;
  infos: number;
  /**
   * Findings not reported because they depend on text a syntax error left unsure (they may be
   * consequences of the error): see unread-text.ts.
   */
  withheld: number;
}

interface Kept {
  rule: CertifyRule;
  level: Exclude<RuleLevel, 'off'>;
  finding: Finding;
  /** Reported while claiming a JSON Schema violation (onSchemaError). */
  fromSchema: boolean;
}

/** What one run collects: the rules' report functions, made once per rule list and profile, write to it. */
interface Run {
  kept: Kept[];
  /**
   * One finding per rule, file, pointer and message: each rule's messages by place, made on its
   * first report (most rules report nothing), so that no key string is built per finding.
   */
  seen: (Map<string, string | Set<string>> | undefined)[];
  /** A rule is claiming a JSON Schema violation (onSchemaError). */
  inSchemaError: boolean;
}

/** The run in progress (a run is synchronous). */
let running: Run | undefined;

const claiming = (on: boolean): void => {
  if (running) running.inSchemaError = on;
};

const ignore = (): void => {};

interface Setup {
  /** The rules it was made for: a list changed since is set up again. */
  rules: CertifyRule[];
  levels: RuleLevel[];
  reports: ((finding: Finding) => void)[];
}

/**
 * Each rule's level and report function, made once per rule list and profile rather than per
 * connector: a closure and its context per rule and connector added up to megabytes per corpus.
 */
const setups = new WeakMap<readonly CertifyRule[], Map<CertifyProfile, Setup>>();

function setupFor(rules: readonly CertifyRule[], profile: CertifyProfile): Setup {
  let byProfile = setups.get(rules);
  if (!byProfile) setups.set(rules, (byProfile = new Map()));
  let setup = byProfile.get(profile);
  if (setup && sameRules(setup.rules, rules)) return setup;
  const levels: RuleLevel[] = [];
  const reports: ((finding: Finding) => void)[] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const level = levelFor(rule, profile);
    levels.push(level);
    reports.push(level === 'off' ? ignore : reporter(rule, level, r));
  }
  byProfile.set(profile, (setup = { rules: rules.slice(), levels, reports }));
  return setup;
}

function sameRules(a: readonly CertifyRule[], b: readonly CertifyRule[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function reporter(rule: CertifyRule, level: Exclude<RuleLevel, 'off'>, r: number): (finding: Finding) => void {
  return (finding) => {
    const run = running;
    // After its run (a rule keeping its report function): dropped, as it always was.
    if (!run) return;
    const place = finding.file === 'properties' ? `\u0000${finding.pointer}` : finding.pointer;
    const message = finding.message;
    let seen = run.seen[r];
    if (!seen) run.seen[r] = seen = new Map();
    const had = seen.get(place);
    if (had === undefined) seen.set(place, message);
    else if (typeof had === 'string') {
      if (had === message) return;
      seen.set(place, new Set([had, message]));
    } else {
      if (had.has(message)) return;
      had.add(message);
    }
    run.kept.push({ rule, level, finding, fromSchema: run.inSchemaError });
  };
}

export function certifyConnector(connector: LoadedConnector, options: CertifyOptions = {}): CertifyResult {
  const profile = options.profile ?? 'certified';
  const rules = options.rules ?? RULES;
  const definition = connector.files.definition?.doc;
  const properties = connector.files.properties?.doc;
  const root = asObject(definition?.value) ?? {};
  const operations = buildOperationNodes(root, connector.model);
  const ctx: RuleContext = {
    profile,
    connector,
    model: connector.model,
    definition,
    root,
    properties,
    apiProperties: asObject(asObject(properties?.value)?.properties) ?? {},
    operations,
    operationsById: indexById(operations),
    // Through the model's per-document cache of references.
    resolve: (node) => {
      const r = resolveRef(root, node);
      return { pointer: r.resolvedPointer, value: r.target };
    },
    hasScript: connector.files.script !== undefined,
    hasIcon: connector.icon !== undefined,
  };

  const { levels, reports } = setupFor(rules, profile);
  const run: Run = { kept: [], seen: [], inSchemaError: false };
  const active: RuleVisitor[] = [];
  const owners: RuleVisitor[] = [];
  // Nested runs (none today) would find their own run here, and the caller's back after.
  const outer = running;
  running = run;
  try {
    // Indexed loops here and in the walk: an array iterator costs a result object per step where
    // the loop is not optimized, and these run per connector.
    for (let r = 0; r < rules.length; r++) {
      const visitor = rules[r]!.check(ctx, reports[r]!);
      if (levels[r] !== 'off') active.push(visitor);
      if (visitor.onSchemaError) owners.push(visitor);
    }
    walkConnector(ctx, { all: active, schemaErrorOwners: owners, claiming });
  } finally {
    running = outer;
  }
  const kept = run.kept;

  const { diagnostics, withheld } = locate(specificWins(kept), connector, new ValuePaths(operations));
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { profile, diagnostics, errors, warnings, infos, withheld };
}

/**
 * Located diagnostics, the definition's first, then apiProperties.json's, then those of the files
 * that are not JSON; each file's in text order, without those that depend on text a syntax error
 * left unsure.
 */
function locate(kept: Kept[], connector: LoadedConnector, valuePaths: ValuePaths): { diagnostics: CertifyDiagnostic[]; withheld: number } {
  const all: CertifyDiagnostic[] = [];
  const unsure = {
    definition: connector.files.definition?.doc ? unsureSpans(connector.files.definition.doc) : [],
    properties: connector.files.properties?.doc ? unsureSpans(connector.files.properties.doc) : [],
  };
  const anyUnsure = unsure.definition.length > 0 || unsure.properties.length > 0;
  let withheld = 0;
  for (const file of ['definition', 'properties'] as const) {
    const out: CertifyDiagnostic[] = [];
    const mine = kept.filter((k) => (k.finding.file ?? 'definition') === file);
    if (!mine.length) continue;
    const entry = connector.files[file];
    const fileName = entry?.fileName ?? CONNECTOR_FILES[file].name;
    const doc = entry?.doc;
    const where = doc
      ? locator(
          doc,
          mine.map((k) => k.finding.pointer),
        )
      : () => undefined;
    const spans = unsure[file];
    for (let i = 0; i < mine.length; i++) {
      const { rule, level, finding } = mine[i]!;
      const found = where(finding.pointer);
      const loc = found?.location;
      const elsewhere = rule.readsElsewhere === 'connector' ? anyUnsure : rule.readsElsewhere === 'document' && spans.length > 0;
      if (elsewhere || (spans.length && (!doc || !found || onUnsureText(doc, spans, found)))) {
        withheld++;
        continue;
      }
      let offset = 0;
      let length = 0;
      if (loc) {
        if (loc.keyOffset !== undefined && (finding.at === 'key' || found.container)) {
          offset = loc.keyOffset;
          length = loc.keyLength!;
        } else {
          offset = loc.offset;
          length = found.container ? 1 : loc.length;
        }
      }
      const d: CertifyDiagnostic = {
        file: fileName,
        line: 1,
        column: 1,
        code: rule.id,
        severity: level,
        message: finding.message,
        offset,
        length,
        pointer: finding.pointer,
        valuePath: file === 'definition' ? valuePaths.of(finding.pointer) : finding.pointer || '/',
        category: rule.category,
      };
      const make = finding.fix;
      if (doc && make) lazyFix(d, make, doc, finding.pointer, found?.exact ? loc : undefined);
      out.push(d);
    }
    out.sort(
      (a, b) =>
        a.offset - b.offset ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
    );
    if (doc) setLineColumns(doc, out);
    for (let i = 0; i < out.length; i++) all.push(out[i]!);
  }
  for (const d of locateOtherFiles(kept, connector)) all.push(d);
  return { diagnostics: all, withheld };
}

/** A value inside unsure text, or an object or array (whose findings may be about what it lacks) overlapping it. */
function onUnsureText(doc: JsonDocument, spans: readonly UnsureSpan[], found: Found): boolean {
  const { offset, length } = found.location;
  if (!found.container && found.exact) return dependsOnUnsureText(spans, offset, offset + length);
  const node = containerAt(doc.tree, offset);
  return dependsOnUnsureText(spans, offset, node ? node.offset + node.length : offset + 1);
}

/**
 * Sets the 1-based line and column of diagnostics sorted by offset, in one forward sweep over the
 * text's line breaks: no table of every line start is built for the few places a document is
 * reported at. A document edited inside strings since its last full parse maps each offset to its
 * source's lines instead (sweeping its text would copy it whole).
 */
function setLineColumns(doc: JsonDocument, sorted: CertifyDiagnostic[]): void {
  if (doc.source !== doc) {
    for (const d of sorted) {
      const at = doc.position(d.offset);
      d.line = at.line;
      d.column = at.column;
    }
    return;
  }
  const text = doc.text;
  let line = 1;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (const d of sorted) {
    while (nextBreak >= 0 && nextBreak < d.offset) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    d.line = line;
    d.column = d.offset - lineStart + 1;
  }
}

/** What a diagnostic's fix is made from, until it is first read. */
interface PendingFix {
  make: NonNullable<Finding['fix']>;
  doc: JsonDocument;
  pointer: string;
  location: PointerLocation | undefined;
}

const pendingFixes = new WeakMap<object, PendingFix>();

/**
 * One getter for every diagnostic: a getter of its own would give each diagnostic with a fix its
 * own hidden class (an accessor's function is part of it), besides a closure and its context.
 */
const FIX_ACCESSOR: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: CertifyDiagnostic) {
    const pending = pendingFixes.get(this);
    let fix: Fix | undefined;
    if (pending) {
      const { make, doc, pointer, location } = pending;
      try {
        fix = make({ doc, pointer, ...(location ? { location } : {}) });
      } catch {
        fix = undefined;
      }
      if (fix && !fix.edits.length) fix = undefined;
    }
    Object.defineProperty(this, 'fix', { value: fix, enumerable: fix !== undefined, writable: true, configurable: true });
    pendingFixes.delete(this);
    return fix;
  },
};

/**
 * `fix` is computed when first read: some fixes need the document's syntax tree, which costs more
 * than the whole check, and most consumers read few fixes. An enumerable getter, so JSON and
 * structured clone (worker messages) see a plain `fix` property; absent when there is no fix.
 */
function lazyFix(
  d: CertifyDiagnostic,
  make: NonNullable<Finding['fix']>,
  doc: JsonDocument,
  pointer: string,
  location: PointerLocation | undefined,
): void {
  pendingFixes.set(d, { make, doc, pointer, location });
  Object.defineProperty(d, 'fix', FIX_ACCESSOR);
}

interface Found {
  location: PointerLocation;
  /** False when the pointer names a missing value and this is its deepest existing ancestor. */
  exact: boolean;
  /** The value is an object or array. */
  container: boolean;
}

/** Pointer -> location of the value, or of its deepest existing ancestor when it is missing. */
function locator(doc: JsonDocument, pointers: string[]): (pointer: string) => Found | undefined {
  if (!doc.isStrict && !onlyTrailingCommas(doc)) {
    // The tolerant parser's tree, which the document has.
    const lookup = treeLookup(doc.tree, pointers);
    return (p) => {
      const found = lookup.find(p);
      if (!found) return undefined;
      const first = doc.text.charCodeAt(found.location.offset);
      return { location: found.location, exact: found.exact, container: first === 123 || first === 91 };
    };
  }
  const source = doc.source;
  const known = sourceLocations(source, pointers);
  if (source === doc) return (p) => known.get(p) ?? undefined;
  // Edited inside strings since the source was parsed: the same places, shifted.
  return (p) => {
    const found = known.get(p);
    if (!found) return undefined;
    const loc = found.location;
    const location: PointerLocation = { offset: doc.fromSource(loc.offset), length: doc.lengthFromSource(loc.offset, loc.length) };
    if (loc.keyOffset !== undefined) {
      location.keyOffset = doc.fromSource(loc.keyOffset);
      location.keyLength = loc.keyLength!;
    }
    return { location, exact: found.exact, container: found.container };
  };
}

/**
 * True when the only problems are commas before a closing bracket that follow a value: the text
 * scan reads such a text as the tolerant parser does (it steps over a comma before "}" or "]"), so
 * the syntax tree, which costs several times the scan, need not be built for it.
 */
function onlyTrailingCommas(doc: JsonDocument): boolean {
  const text = doc.text;
  for (const d of doc.diagnostics) {
    if (d.code !== 'TrailingComma' || text.charCodeAt(d.offset) !== 44) return false;
    let p = d.offset - 1;
    let c = text.charCodeAt(p);
    while (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) c = text.charCodeAt(--p);
    // "{," "[," or ",,": no value before the comma (the scan would not step over it the same way).
    if (p < 0 || c === 123 || c === 91 || c === 44 || c === 58) return false;
  }
  return true;
}

/**
 * Where pointers are in a strict parse's text (or one with trailing commas only), found by one scan for those not asked for before:
 * while the text is edited inside strings, the same findings come back at each keystroke and the
 * text is not scanned again. (A pointer's answer does not depend on the others asked with it.)
 */
const locatedBySource = new WeakMap<JsonDocument, Map<string, Found | null>>();

function sourceLocations(source: JsonDocument, pointers: string[]): Map<string, Found | null> {
  let known = locatedBySource.get(source);
  if (!known) locatedBySource.set(source, (known = new Map()));
  const missing = known.size ? pointers.filter((p) => !known.has(p)) : pointers;
  if (missing.length) {
    const text = source.text;
    const lookup = pointerLookup(text, missing);
    for (const p of missing) {
      if (known.has(p)) continue; // the same pointer again
      const found = lookup.find(p);
      const first = found ? text.charCodeAt(found.location.offset) : 0;
      known.set(p, found ? { location: found.location, exact: found.exact, container: first === 123 || first === 91 } : null);
    }
  }
  return known;
}
