// Masks secret values in any text meant for people (a curl command, headers, a body the API echoed,
// an error): every way a value may appear, raw, percent-encoded, form-encoded or JSON-escaped.
export const MASK = '****';

/** Values shorter than this are masked only where they are known to be (a header, a query value): masking
 * every "abc" in a text would both garble it and show where the secret occurs. */
export const MIN_MASKED_LENGTH = 4;

function variants(value: string): string[] {
  const out = new Set<string>([value]);
  const enc = encodeURIComponent(value);
  out.add(enc);
  out.add(enc.replace(/%20/g, '+'));
  out.add(encodeURIComponent(enc));
  out.add(JSON.stringify(value).slice(1, -1));
  return [...out];
}

/** A masker for a set of secret values (longest first, so no part of a longer secret survives). */
export function secretMasker(values: readonly string[]): (text: string) => string {
  const all = [...new Set(values.filter((v) => typeof v === 'string' && v.length >= MIN_MASKED_LENGTH).flatMap(variants))]
    .filter((v) => v.length >= MIN_MASKED_LENGTH)
    .sort((a, b) => b.length - a.length);
  if (all.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const v of all) if (out.includes(v)) out = out.split(v).join(MASK);
    return out;
  };
}

export function maskSecrets(text: string, values: readonly string[]): string {
  return secretMasker(values)(text);
}

/**
 * The value of a header that holds a secret: "Bearer ****", "Basic ****", or "****". The scheme
 * word stays when it is a plain word and no part of a secret.
 */
export function maskHeaderValue(value: string, secretValues: readonly string[] = []): string {
  const m = /^([A-Za-z][A-Za-z-]{1,19})\s+\S/.exec(value);
  const word = m?.[1];
  if (word && !secretValues.some((s) => s.includes(word) || word.includes(s))) return `${word} ${MASK}`;
  return MASK;
}
