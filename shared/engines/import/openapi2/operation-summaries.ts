// An operation's summary is the action's name in the designer: one short sentence of at most 80
// characters, without / \ < > * % & ? (Microsoft's validator rejects those:
// RestrictedCharactersInSummary). Many APIs write a paragraph of markdown there instead.
import { sentenceCase } from './name-words';

export const MAX_SUMMARY = 80;

export interface SummaryChoice {
  summary: string;
  /**
   * What was done, for the report; undefined when the summary was kept as written. "shortened":
   * text was left out (the caller keeps the full text in the description).
   */
  change?: 'generated' | 'shortened' | 'cleaned';
}

export function chooseSummary(written: unknown, operationId: string): SummaryChoice {
  const original = typeof written === 'string' ? written.trim() : '';
  if (original === '') return { summary: fromOperationId(operationId), change: 'generated' };
  // The first paragraph (markdown wraps long lines, so lines are joined).
  const firstLine = original
    .split(/\r?\n\s*\r?\n/)[0]!
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim();
  const plain = unmarkdown(firstLine);
  // Prose that opens with a note or a condition names no action; the operation id does.
  if (/^(\*\*|__|#)/.test(firstLine) || NOT_AN_ACTION.test(plain)) {
    return { summary: fromOperationId(operationId), change: 'shortened' };
  }
  const sentence = firstSentence(plain);
  let text = cleanSummary(sentence);
  const cut = text.length > MAX_SUMMARY;
  if (cut) text = shorten(text, MAX_SUMMARY);
  if (text === '') return { summary: fromOperationId(operationId), change: 'generated' };
  // A trailing full stop is dropped silently (the guidance asks for none).
  if (text === original.replace(/\s*[.:;,]\s*$/, '')) return { summary: text };
  if (cut || firstLine !== original || sentence !== plain.replace(/\s*[.!?:;,]\s*$/, '')) return { summary: text, change: 'shortened' };
  return { summary: text, change: 'cleaned' };
}

const NOT_AN_ACTION = /^(note|warning|important|deprecated|when|if|this endpoint|you|we|please)\b/i;
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|approx|incl|no|ca)\.$/i;

function unmarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text up to the first sentence end (not an abbreviation's full stop), without it. */
function firstSentence(text: string): string {
  const ends = /[.!?](?=\s|$)/g;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const upTo = text.slice(0, m.index + 1);
    if (!ABBREVIATIONS.test(upTo)) return text.slice(0, m.index).trim();
  }
  return text;
}

/** A web address in a summary: its host name stands for it (its slashes are restricted characters). */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

function hostOf(address: string): string {
  const rest = address.replace(/^https?:\/\//i, '');
  return rest.split(/[/?#]/)[0]!.replace(/[.:]+$/, '');
}

/** Restricted characters replaced with words or spaces. */
export function cleanSummary(text: string): string {
  return text
    .replace(WEB_ADDRESS, hostOf)
    .replace(/\(\s*\)/g, '')
    .replace(/\band\/or\b/gi, 'or')
    .replace(/([A-Za-z])\/([A-Za-z])/g, '$1 or $2')
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent')
    .replace(/[/\\<>*?]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*[.:;,]\s*$/, '')
    .trim();
}

function fromOperationId(operationId: string): string {
  return shorten(sentenceCase(operationId), MAX_SUMMARY) || 'Operation';
}

// Words a cut summary should not end on ("... used to make the").
const DANGLING = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'for',
  'from',
  'with',
  'by',
  'in',
  'on',
  'at',
  'as',
  'that',
  'which',
  'using',
  'via',
  'is',
  'are',
  'be',
  'its',
  'their',
  'your',
  'this',
  'if',
  'when',
  'whether',
  'within',
  'such',
]);
// Words that open a phrase narrowing the action down ("... from an account using its id").
const PHRASE_START = new Set([
  'from',
  'by',
  'for',
  'with',
  'using',
  'via',
  'belonging',
  'representing',
  'within',
  'across',
  'that',
  'which',
  'when',
  'where',
  'whose',
  'whether',
  'while',
  'if',
  'because',
  'including',
  'except',
  'based',
  'such',
]);

/**
 * Cuts to at most `max` characters: at a clause boundary (comma, parenthesis) or before a
 * narrowing phrase when that keeps enough, else at a word, never ending on a dangling word.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const enough = max * 0.3;
  const clause = Math.max(
    head.lastIndexOf(', '),
    head.lastIndexOf('; '),
    head.lastIndexOf(' ('),
    head.lastIndexOf(' - '),
    head.lastIndexOf(' – '),
  );
  if (clause >= enough) return head.slice(0, clause).trim();
  const words = head.split(' ');
  let at = 0;
  let phrase = -1;
  for (let i = 0; i < words.length - 1; i++) {
    if (i > 0 && PHRASE_START.has(words[i]!.toLowerCase()) && at - 1 >= enough) phrase = at - 1;
    at += words[i]!.length + 1;
  }
  const space = head.lastIndexOf(' ');
  const kept = (phrase > 0 ? head.slice(0, phrase) : space > max / 2 ? head.slice(0, space) : text.slice(0, max)).split(' ');
  while (kept.length > 1 && DANGLING.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  return kept.join(' ').replace(/[\s.,;:(-]+$/, '');
}
