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
  return words
    .map((w, i) => (i > 0 && i < words.length - 1 && MINOR_WORDS.has(w.toLowerCase()) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** A Title Case label drafted from a parameter or property name ("item_id" → "Item Id"). */
export function labelFromName(name: string): string {
  return titleCase(wordsOfName(name).join(' '));
}

/** Ends as a sentence does: . ! ? or …, then perhaps closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** Not a sentence: starts with a lower-case letter or ends without sentence punctuation. */
export function notSentence(text: string): 'start' | 'end' | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (startsLowerCase(t)) return 'start';
  if (!SENTENCE_END.test(t)) return 'end';
  return undefined;
}

/** The text as a sentence: first letter capitalised, a full stop added when it has no end punctuation. */
export function asSentence(text: string): string {
  const t = text.trim();
  const started = startsLowerCase(t) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  return SENTENCE_END.test(started) ? started : `${started.replace(/[\s,;:]+$/u, '')}.`;
}

/** An absolute URL or a www. address. */
export const URL_IN_TEXT = /\bhttps?:\/\/[^\s)"'>]+|\bwww\.[a-z0-9-]+\.[a-z0-9.-]+/iu;
