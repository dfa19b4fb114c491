// The commonest structural mistake in real definitions is one missing comma between two members
// (AccuWeather, GIPHY). The engine's parser says where it stopped; when a comma there makes the
// text strict JSON without duplicate keys, this is what the tolerant read and the recovery find
// (see parseMissingComma), and one more native parse settles it instead of their passes.
import { parseStrictCopy } from './json-key-count';

// V8's wording; another engine's (or another version's) only loses the shortcut.
const EXPECTED_COMMA = /^Expected ',' or '[}\]]' after (?:property value|array element) in JSON at position (\d+)/;

export interface MissingComma {
  /** Where the comma goes: the token the parser stopped at. */
  offset: number;
  /** The text with the comma. */
  repaired: string;
  value: unknown;
}

/**
 * The text with a comma inserted where JSON.parse, failing with `message`, wanted one, when that
 * copy is strict JSON without duplicate keys, no deeper than `maxDepth`; undefined otherwise.
 *
 * Why it is the tolerant read's result: the text up to `offset` is strict JSON (the engine read it),
 * where the tolerant read agrees and reports nothing; at `offset` it stands where the engine stood,
 * after a member, meets the same token, reports CommaExpected there (that token's span) and goes on
 * as if the comma were there, reading the rest as the copy has it: strict, so nothing more. The
 * recovery then tries the comma first (the hint of CommaExpected), finds the copy strict and stops.
 */
export function parseMissingComma(text: string, message: string, maxDepth: number): MissingComma | undefined {
  const offset = commaExpectedAt(text, message);
  if (offset === undefined) return undefined;
  const repaired = `${text.slice(0, offset)},${text.slice(offset)}`;
  const read = parseStrictCopy(repaired, maxDepth);
  return read && { offset, repaired, value: read.value };
}

/** Where JSON.parse, failing with `message`, wanted a comma or a closing bracket; undefined when it did not. */
export function commaExpectedAt(text: string, message: string): number | undefined {
  const m = EXPECTED_COMMA.exec(message);
  if (!m) return undefined;
  const offset = Number(m[1]);
  return offset > 0 && offset < text.length ? offset : undefined;
}
