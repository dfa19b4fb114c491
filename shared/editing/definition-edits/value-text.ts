// Values typed in the form for a parameter's or a schema property's `enum` (one a line) and
// `default`, read as the property's `type` says: numbers for integer and number, true or false for
// boolean, JSON for array and object, the text itself otherwise. Text that is not of the type is an
// error to show, never written as a string in its place.

/** A value as the form shows it: a string as it is, anything else as JSON. */
export function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** An `enum` as Values shows it: one value a line. */
export function valuesText(values: readonly unknown[]): string {
  return values.map(valueText).join('\n');
}

export type ParsedValue = { value: unknown } | { error: string };
export type ParsedValues = { values: unknown[] } | { error: string };

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** `text` as a value of `type` (a string keeps its spaces; other types are read trimmed). */
export function parseTypedValue(text: string, type: string): ParsedValue {
  const t = text.trim();
  switch (type) {
    case 'integer':
      if (!INTEGER.test(t)) return { error: `"${t}" is not an integer.` };
      if (!Number.isSafeInteger(Number(t))) return { error: `${t} is too large to be written exactly.` };
      return { value: Number(t) };
    case 'number': {
      const n = Number(t);
      if (!NUMBER.test(t) || !Number.isFinite(n)) return { error: `"${t}" is not a number.` };
      return { value: n };
    }
    case 'boolean':
      if (t !== 'true' && t !== 'false') return { error: `"${t}" is not true or false.` };
      return { value: t === 'true' };
    case 'array':
    case 'object': {
      let v: unknown;
      try {
        v = JSON.parse(t);
      } catch {
        return { error: `"${t}" is not JSON.` };
      }
      const isArray = Array.isArray(v);
      const fits = type === 'array' ? isArray : v !== null && typeof v === 'object' && !isArray;
      return fits ? { value: v } : { error: `"${t}" is not a JSON ${type}.` };
    }
    default:
      return { value: text };
  }
}

/**
 * Values typed one a line (blank lines skipped, each line trimmed) as an `enum` of `type`; none is
 * an empty list (the key is removed). A line not of the type, or repeating an earlier value, is an
 * error naming the line.
 */
export function parseValueLines(text: string, type: string): ParsedValues {
  const values: unknown[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const parsed = parseTypedValue(line, type);
    if ('error' in parsed) return { error: `Line ${i + 1}: ${parsed.error}` };
    const key = JSON.stringify(parsed.value);
    if (seen.has(key)) return { error: `Line ${i + 1}: ${line} is listed twice.` };
    seen.add(key);
    values.push(parsed.value);
  }
  return { values };
}

/** The line of Values where `enum` item `index` starts (a string's own line breaks count too). */
export function valueLine(values: readonly unknown[], index: number): number {
  let line = 0;
  for (const v of values.slice(0, index)) line += valueText(v).split('\n').length;
  return line;
}
