// Locating the checker's findings: each finding's pointer to the file, offset, line and column of
// its value (or key) in the text, withholding those that depend on text a syntax error left unsure.
import { CONNECTOR_FILES } from '../../core/connector';
import type { LoadedConnector } from '../../core/connector';
import type { JsonDocument } from '../../core/text';
import { locateOtherFiles } from './locate-other-files';
import { pointerLocation, pointerLookup, type PointerLocation, type ScanOptions, treeLookup } from './locate-pointers';
import type { CertifyDiagnostic, CertifyRule, Finding, Fix, RuleLevel } from './types';
import type { ValuePaths } from './value-path';
import { containerAt, dependsOnUnsureText, NO_SPANS, type UnsureSpan, unsureSpans } from './unread-text';

/** A finding kept by the run, with its rule and level. */
export interface KeptFinding {
  rule: CertifyRule;
  level: Exclude<RuleLevel, 'off'>;
  finding: Finding;
}

/**
 * Located diagnostics, the definition's first, then apiProperties.json's, then those of the files
 * that are not JSON; each file's in text order, without those that depend on text a syntax error
 * left unsure.
 */
export function locate(
  kept: readonly KeptFinding[],
  connector: LoadedConnector,
  valuePaths: ValuePaths,
): { diagnostics: CertifyDiagnostic[]; withheld: number } {
  const files = connector.files;
  const definitionDoc = files.definition?.doc;
  const propertiesDoc = files.properties?.doc;
  const definitionSpans = definitionDoc ? unsureSpans(definitionDoc) : NO_SPANS;
  const propertiesSpans = propertiesDoc ? unsureSpans(propertiesDoc) : NO_SPANS;
  const anyUnsure = definitionSpans.length > 0 || propertiesSpans.length > 0;
  // The findings by file, in one pass (most are the definition's, few about the other files).
  const definition = objectList<KeptFinding>();
  const properties = objectList<KeptFinding>();
  let otherFiles = false;
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i]!;
    const file = k.finding.file;
    if (file === undefined || file === 'definition') definition.push(k);
    else if (file === 'properties') properties.push(k);
    else otherFiles = true;
  }
  const all = objectList<CertifyDiagnostic>();
  let withheld = 0;
  // Each file's places are found here rather than in locateFile: the code that finds them (it
  // reads diagnostics of several shapes, and the syntax tree of a text that is not strict JSON) is
  // thrown away now and then, and so is the code of the function it is inlined in. A loop over the
  // two files: one call of each, so that the code inlined in locate is there once.
  for (let f = 0; f < 2; f++) {
    const isDefinition = f === 0;
    const mine = isDefinition ? definition : properties;
    if (!mine.length) continue;
    const doc = isDefinition ? definitionDoc : propertiesDoc;
    const where = doc ? locator(doc, pointersOf(mine)) : nowhere;
    const file = isDefinition ? 'definition' : 'properties';
    const spans = isDefinition ? definitionSpans : propertiesSpans;
    withheld += locateFile(mine, file, connector, where, spans, anyUnsure, isDefinition ? valuePaths : undefined, all);
  }
  if (otherFiles) {
    const others = locateOtherFiles(kept, connector);
    for (let i = 0; i < others.length; i++) all.push(others[i]!);
  }
  return { diagnostics: all, withheld };
}

/**
 * An empty list whose elements are objects from the start. An empty literal starts as a list of
 * small integers: the first object pushed changed its allocation site's kind, and threw away the
 * optimized code that made lists there (locate's, compiled again at 20-100 ms, in the second and
 * third runs over the corpus).
 */
function objectList<T extends object | string>(): T[] {
  const list = [PLACEHOLDER] as unknown as T[];
  list.pop();
  return list;
}

const PLACEHOLDER = {};

/**
 * Appends the located diagnostics of one JSON file to `all`, in text order; returns how many were
 * withheld. A function of its own: inlined in locate, it made one graph that cost 50-100 ms to
 * compile, each time any part of it was thrown away.
 */
function locateFile(
  mine: readonly KeptFinding[],
  file: 'definition' | 'properties',
  connector: LoadedConnector,
  where: (pointer: string) => Found | undefined,
  spans: readonly UnsureSpan[],
  anyUnsure: boolean,
  valuePaths: ValuePaths | undefined,
  all: CertifyDiagnostic[],
): number {
  const entry = connector.files[file];
  const fileName = entry?.fileName ?? CONNECTOR_FILES[file].name;
  const doc = entry?.doc;
  const out = objectList<CertifyDiagnostic>();
  let withheld = 0;
  /** Some diagnostic's line is left for setLineColumns (the scan told none for its place). */
  let sweep = false;
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
    let line = 1;
    let column = 1;
    if (loc) {
      if (loc.keyOffset !== undefined && (finding.at === 'key' || found.container)) {
        offset = loc.keyOffset;
        length = loc.keyLength!;
        line = found.keyLine;
        column = found.keyColumn;
      } else {
        offset = loc.offset;
        length = found.container ? 1 : loc.length;
        line = found.line;
        column = found.column;
      }
      if (line === 0) sweep = true;
    }
    const d = diagnostic(
      fileName,
      rule.id,
      level,
      finding.message,
      offset,
      length,
      finding.pointer,
      valuePaths ? valuePaths.of(finding.pointer) : finding.pointer || '/',
      rule.category,
    );
    d.line = line;
    d.column = column;
    const make = finding.fix;
    if (doc && make) lazyFix(d, make, doc, finding.pointer, found?.exact ? loc : undefined);
    out.push(d);
  }
  out.sort(byPlace);
  if (doc && sweep) setLineColumns(doc, out);
  for (let i = 0; i < out.length; i++) all.push(out[i]!);
  return withheld;
}

const nowhere = (): Found | undefined => undefined;

function pointersOf(mine: readonly KeptFinding[]): string[] {
  const pointers = objectList<string>();
  for (let i = 0; i < mine.length; i++) pointers.push(mine[i]!.finding.pointer);
  return pointers;
}

/** Text order: by offset, then code, then message. */
const byPlace = (a: CertifyDiagnostic, b: CertifyDiagnostic): number =>
  a.offset - b.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

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

/**
 * Where a diagnostic keeps its pending fix: a property that is not enumerable and has a symbol for
 * a key, so that JSON, structured clone and deep equality do not see it. (A WeakMap from diagnostic
 * to pending fix cost more: weak entries are extra work for the garbage collector.)
 */
const PENDING = Symbol('pendingFix');

/** Reused for every diagnostic: its value is set for the one call. */
const PENDING_DESCRIPTOR: PropertyDescriptor = { value: undefined, writable: true, enumerable: false, configurable: true };

type WithPending = CertifyDiagnostic & { [PENDING]?: PendingFix };

/**
 * One getter for every diagnostic: a getter of its own would give each diagnostic with a fix its
 * own hidden class (an accessor's function is part of it), besides a closure and its context.
 */
const FIX_ACCESSOR: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: WithPending) {
    const pending = this[PENDING];
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
    this[PENDING] = undefined;
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
  PENDING_DESCRIPTOR.value = { make, doc, pointer, location } satisfies PendingFix;
  Object.defineProperty(d, PENDING, PENDING_DESCRIPTOR);
  PENDING_DESCRIPTOR.value = undefined;
  Object.defineProperty(d, 'fix', FIX_ACCESSOR);
  if (withFixShape === undefined) {
    // Nothing pending on it: its fix reads as none.
    const kept = diagnostic('', '', 'error', '', 0, 0, '', '', d.category);
    Object.defineProperty(kept, PENDING, PENDING_DESCRIPTOR);
    Object.defineProperty(kept, 'fix', FIX_ACCESSOR);
    withFixShape = kept;
  }
}

/**
 * A located diagnostic, line and column set later (setLineColumns). Made here only, so that all
 * have one map, and those lazyFix gives a fix the map it leads to from there.
 */
function diagnostic(
  file: string,
  code: string,
  severity: CertifyDiagnostic['severity'],
  message: string,
  offset: number,
  length: number,
  pointer: string,
  valuePath: string,
  category: CertifyDiagnostic['category'],
): CertifyDiagnostic {
  return { file, line: 1, column: 1, code, severity, message, offset, length, pointer, valuePath, category };
}

/**
 * One diagnostic of the shape lazyFix gives, kept for the life of the module. The maps of objects
 * given properties after they are made are held only by the objects that have them: when the last
 * diagnostics with a fix were collected, a full GC dropped the map, and the code that read
 * diagnostics (certifyConnector, setLineColumns) was thrown away and compiled again each run.
 */
let withFixShape: CertifyDiagnostic | undefined;

interface Found {
  location: PointerLocation;
  /** False when the pointer names a missing value and this is its deepest existing ancestor. */
  exact: boolean;
  /** The value is an object or array. */
  container: boolean;
  /** The 1-based line and column of the value and of its key, when the scan told them (0 otherwise). */
  line: number;
  column: number;
  keyLine: number;
  keyColumn: number;
}

/** A place found without its line and column (setLineColumns tells them). */
const unlined = (location: PointerLocation, exact: boolean, container: boolean): Found => ({
  location,
  exact,
  container,
  line: 0,
  column: 0,
  keyLine: 0,
  keyColumn: 0,
});

/** Pointer -> location of the value, or of its deepest existing ancestor when it is missing. */
function locator(doc: JsonDocument, pointers: string[]): (pointer: string) => Found | undefined {
  if (!doc.isStrict && !readAsScanned(doc)) return treeLocator(doc, pointers);
  const source = doc.source;
  const diagnostics = source.diagnostics;
  const known = sourceLocations(
    source,
    pointers,
    diagnostics.length ? { lastWins: hasDuplicateKeys(diagnostics), missingCommas: missingCommas(source), lines: true } : STRICT,
  );
  if (source === doc) return (p) => known.get(p) ?? undefined;
  // Edited inside strings since the source was parsed: the same places, shifted.
  return (p) => {
    const cached = known.get(p);
    if (!cached) return undefined;
    const loc = cached.location;
    const location = pointerLocation(
      doc.fromSource(loc.offset),
      doc.lengthFromSource(loc.offset, loc.length),
      loc.keyOffset !== undefined ? doc.fromSource(loc.keyOffset) : -1,
      loc.keyLength ?? 0,
    );
    return unlined(location, cached.exact, cached.container);
  };
}

/**
 * The tolerant parser's tree, which the document has. A call of its own (few texts need it): the
 * tree's getter, read where locate inlines the locator, was inlined there with the parse it may
 * start, whose lists of errors changed kind later and threw away locate's code.
 */
function treeLocator(doc: JsonDocument, pointers: string[]): (pointer: string) => Found | undefined {
  const lookup = treeLookup(doc.tree, pointers);
  return (p) => {
    const at = lookup.find(p);
    if (!at) return undefined;
    const first = doc.text.charCodeAt(at.location.offset);
    return unlined(at.location, at.exact, first === 123 || first === 91);
  };
}

/**
 * True when the text scan reads the text as the tolerant parser does, so the syntax tree, which
 * costs several times the scan, need not be built for it. The problems it reads alike: commas
 * before a closing bracket that follow a value (it steps over a comma before "}" or "]"), raw
 * control characters other than line breaks in strings (it ends a string at its unescaped quote
 * only), spaces JSON does not know between tokens (it skips them as whitespace; one inside a
 * token is another problem as well), and duplicate keys (the scan then lets the last one win).
 * Or, alone, commas the recovery found missing (see missingCommas).
 */
function readAsScanned(doc: JsonDocument): boolean {
  const text = doc.text;
  if (missingCommas(doc)) return true;
  for (const d of doc.diagnostics) {
    if (d.code === 'DuplicateKey' || d.code === 'ControlCharacterInString' || d.code === 'NonStandardWhitespace') continue;
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
 * Where the recovery inserted the commas of a text whose only problems are missing commas, each
 * before the value it stopped at: the repaired copy it parsed is strict JSON, and the scan reads
 * the text as that copy (at offsets of the text, where the tree's are mapped back to). Undefined
 * for any other text. (A comma the recovery did not insert is another diagnostic, with a length.)
 */
function missingCommas(doc: JsonDocument): number[] | undefined {
  const diagnostics = doc.diagnostics;
  if (!diagnostics.length) return undefined;
  const offsets: number[] = [];
  for (const d of diagnostics) {
    if (d.code !== 'CommaExpected' || d.length !== 0) return undefined;
    offsets.push(d.offset);
  }
  return offsets;
}

/**
 * Where pointers are in a strict parse's text (or one the scan reads alike), found by one scan for those not asked for before:
 * while the text is edited inside strings, the same findings come back at each keystroke and the
 * text is not scanned again. (A pointer's answer does not depend on the others asked with it.)
 */
const locatedBySource = new WeakMap<JsonDocument, Map<string, Found | null>>();

/** Read only for a text with diagnostics (few are). */
function hasDuplicateKeys(diagnostics: JsonDocument['diagnostics']): boolean {
  for (let i = 0; i < diagnostics.length; i++) if (diagnostics[i]!.code === 'DuplicateKey') return true;
  return false;
}

/** How to scan a text without diagnostics. */
const STRICT: ScanOptions = { lastWins: false, missingCommas: undefined, lines: true };

/** Options, read from the source's diagnostics by the caller: see locate. */
function sourceLocations(source: JsonDocument, pointers: string[], options: ScanOptions): Map<string, Found | null> {
  let known = locatedBySource.get(source);
  if (!known) locatedBySource.set(source, (known = new Map()));
  const missing = known.size ? pointers.filter((p) => !known.has(p)) : pointers;
  if (missing.length) {
    const text = source.text;
    const lookup = pointerLookup(text, missing, options);
    for (const p of missing) {
      if (known.has(p)) continue; // the same pointer again
      const found = lookup.node(p);
      if (!found) {
        known.set(p, null);
        continue;
      }
      const { at, exact } = found;
      const location = at.loc!;
      const first = text.charCodeAt(location.offset);
      known.set(p, {
        location,
        exact,
        container: first === 123 || first === 91,
        line: at.line,
        column: at.column,
        keyLine: at.keyLine,
        keyColumn: at.keyColumn,
      });
    }
  }
  return known;
}
