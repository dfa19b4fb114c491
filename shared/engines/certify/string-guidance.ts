// Microsoft's string guidance for what makers read in the designer (connectors.md 5.1:
// SUMMARY-ALNUM-PARENS, DESC-SENTENCE, DESC-NO-URL, XMSSUMMARY-TITLE): small pure tests shared by
// the rules about summaries and descriptions, and the drafts their fixes write.

/** Words Title Case leaves in lower case unless they open the text. */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'per',
  'the',
  'to',
  'via',
  'vs',
  'with',
]);

/** "iPhone", "eBay": a brand written with a lower-case first letter, not a lower-case word. */
const LOWER_BRAND = /^[a-z][A-Z]/;

/** The first word starts with a lower-case letter ("item id", "userId"), brands aside. */
export function startsLowerCase(text: string): boolean {
  // An ASCII first character (most labels) is decided without trimming or a Unicode expression.
  const c = text.charCodeAt(0);
  if (c > 32 && c < 128) return c >= 97 && c <= 122 && !LOWER_BRAND.test(text);
  const t = text.trimStart();
  return /^\p{Ll}/u.test(t) && !LOWER_BRAND.test(t);
}

/** Words of a name: split at separators and between camelCase humps ("itemId" → item, Id). */
export function wordsOfName(name: string): string[] {
  return name
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Title Case: each word capitalised except minor words inside the text; the rest of each word kept. */
export function titleCase(text: string): string {
  const words = text.trim().split(/\s+/);
  // A loop rather than map and join: no closure and no second array per label.
  let out = '';
  for (let i = 0; i < words.length; i++) out += i === 0 ? titleWord(words[i]!, false) : ` ${titleWord(words[i]!, i < words.length - 1)}`;
  return out;
}

/** One word of a Title Case text: a minor word inside the text stays as written. */
function titleWord(w: string, inside: boolean): string {
  return inside && w.length <= 4 && MINOR_WORDS.has(w.toLowerCase()) ? w : w.charAt(0).toUpperCase() + w.slice(1);
}

/** A Title Case label drafted from a parameter or property name ("item_id" → "Item Id"). */
export function labelFromName(name: string): string {
  return asciiLabel(name) ?? titleCase(wordsOfName(name).join(' '));
}

/**
 * labelFromName for an ASCII name (most are), in one scan: words end at characters other than
 * letters and digits and between a lower-case letter or digit and a capital, as wordsOfName's
 * expressions split them. Undefined for any other name.
 */
function asciiLabel(name: string): string | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  let prev = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return undefined;
    const upper = c >= 65 && c <= 90;
    const alnum = upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!alnum) {
      if (start >= 0) {
        starts.push(start);
        ends.push(i);
        start = -1;
      }
    } else if (start < 0) start = i;
    else if (upper && ((prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57))) {
      starts.push(start);
      ends.push(i);
      start = i;
    }
    prev = c;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(name.length);
  }
  let out = '';
  for (let i = 0; i < starts.length; i++) {
    const w = name.slice(starts[i], ends[i]);
    out += i === 0 ? titleWord(w, false) : ` ${titleWord(w, i < starts.length - 1)}`;
  }
  return out;
}

/** Ends as a sentence does: . ! ? or …, then perhaps closing quotes or brackets. */
function endsAsSentence(t: string): boolean {
  // From the end, as /[.!?…]["'”’)\]]*$/u would match, without the expression's try at every
  // position of a long description.
  let i = t.length - 1;
  for (; i >= 0; i--) {
    const c = t.charCodeAt(i);
    // " ' ” ’ ) ]
    if (c !== 34 && c !== 39 && c !== 0x201d && c !== 0x2019 && c !== 41 && c !== 93) break;
  }
  if (i < 0) return false;
  const c = t.charCodeAt(i);
  // . ! ? …
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Not a sentence: starts with a lower-case letter or ends without sentence punctuation. */
export function notSentence(text: string): 'start' | 'end' | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (startsLowerCase(t)) return 'start';
  if (!endsAsSentence(t)) return 'end';
  return undefined;
}

/** The text as a sentence: first letter capitalised, a full stop added when it has no end punctuation. */
export function asSentence(text: string): string {
  const t = text.trim();
  const started = startsLowerCase(t) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  return endsAsSentence(started) ? started : `${started.replace(/[\s,;:]+$/u, '')}.`;
}

/** An absolute URL or a www. address. */
export const URL_IN_TEXT = /\bhttps?:\/\/[^\s)"'>]+|\bwww\.[a-z0-9-]+\.[a-z0-9.-]+/iu;

/**
 * Whether URL_IN_TEXT can match: it needs "://" or a "www." (w has no other case form), which a
 * look for the characters tells without running the expression over every description.
 */
export function mayHoldUrl(text: string): boolean {
  if (text.indexOf('://') >= 0) return true;
  for (let i = text.indexOf('.', 3); i >= 0; i = text.indexOf('.', i + 1)) {
    if (isW(text.charCodeAt(i - 1)) && isW(text.charCodeAt(i - 2)) && isW(text.charCodeAt(i - 3))) return true;
  }
  return false;
}

function isW(c: number): boolean {
  return c === 119 || c === 87;
}
