// Input values as text: scalars as they print, arrays joined by the parameter's collectionFormat
// (csv "a,b", ssv "a b", tsv "a<TAB>b", pipes "a|b") or repeated (multi: ?id=a&id=b).
// An array may be given as an array, as JSON text ("[1,2]") or as text already joined.

export type CollectionFormat = 'csv' | 'ssv' | 'tsv' | 'pipes' | 'multi';

const DELIMITERS: Record<Exclude<CollectionFormat, 'multi'>, string> = { csv: ',', ssv: ' ', tsv: '\t', pipes: '|' };

export function collectionFormatOf(raw: unknown): CollectionFormat | undefined {
  return raw === 'csv' || raw === 'ssv' || raw === 'tsv' || raw === 'pipes' || raw === 'multi' ? raw : undefined;
}

export function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v);
}

/** The items of an array input. Text splits on the format's delimiter (a comma for multi). */
export function arrayItems(v: unknown, format: CollectionFormat): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string') return [v];
  const t = v.trim();
  if (t.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // Not JSON: split as text below.
    }
  }
  if (v === '') return [];
  return v.split(format === 'multi' ? ',' : DELIMITERS[format]);
}

/** One text per value to send: a single joined text, or one per item for multi. */
export function serializeValue(v: unknown, isArray: boolean, format: CollectionFormat = 'csv'): string[] {
  if (!isArray) return [scalarText(v)];
  const items = arrayItems(v, format).map(scalarText);
  return format === 'multi' ? items : [items.join(DELIMITERS[format])];
}
