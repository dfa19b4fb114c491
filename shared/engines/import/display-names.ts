// Names a user reads in the designer, made from the names a source happens to use: titles for
// `x-ms-summary` ("first_name" -> "First Name"), operation summaries the validator accepts, and
// PascalCase operation ids.

const ACRONYMS: Record<string, string> = {
  id: 'ID',
  ids: 'IDs',
  url: 'URL',
  urls: 'URLs',
  uri: 'URI',
  api: 'API',
  ip: 'IP',
  uuid: 'UUID',
  guid: 'GUID',
  html: 'HTML',
  json: 'JSON',
  xml: 'XML',
  http: 'HTTP',
  https: 'HTTPS',
  sms: 'SMS',
  utc: 'UTC',
  sku: 'SKU',
  pdf: 'PDF',
  csv: 'CSV',
  oauth: 'OAuth',
};

/** Microsoft rejects these in operation summaries (RestrictedCharactersInSummary). */
const SUMMARY_RESTRICTED = /[/\\<>*%&?]/g;

export const MAX_SUMMARY_LENGTH = 80;
export const MAX_OPERATION_ID_LENGTH = 64;

/** Words of an identifier or phrase: splits on punctuation, spaces and camelCase boundaries. */
export function splitWords(text: string): string[] {
  // ASCII fast path: samples repeat the same keys thousands of times, and Unicode classes are slow.
  if (/^[\x00-\x7f]*$/.test(text)) {
    return text
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[^A-Za-z0-9]+/)
      .filter((w) => w.length > 0);
  }
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function capitalize(word: string, shouting: boolean): string {
  const acronym = ACRONYMS[word.toLowerCase()];
  if (acronym) return acronym;
  // In an all-capitals key (FIRST_NAME) capitals are emphasis; elsewhere (userID) they are acronyms.
  const rest = shouting ? word.slice(1).toLowerCase() : word.slice(1);
  return word.charAt(0).toUpperCase() + rest;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const space = slice.lastIndexOf(' ');
  return (space > max - 20 ? slice.slice(0, space) : slice).trimEnd();
}

/**
 * A Title Case label for a JSON key or parameter name. Keys that are URIs (claim types such as
 * `http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name`) are named by their last segment.
 */
const titleCache = new Map<string, string>();

export function titleFromKey(key: string): string {
  let title = titleCache.get(key);
  if (title === undefined) {
    title = makeTitle(key);
    if (titleCache.size >= 20_000) titleCache.clear();
    titleCache.set(key, title);
  }
  return title;
}

function makeTitle(key: string): string {
  let k = key.trim();
  if (k === '') return 'Unnamed';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(k) || /^urn:/i.test(k)) {
    const segments = k.split(/[/#:]/).filter((s) => s.length > 0);
    k = segments[segments.length - 1] ?? k;
  }
  if (!/\p{L}/u.test(k)) return cut(k, MAX_SUMMARY_LENGTH);
  const shouting = !/\p{Ll}/u.test(k);
  const words = splitWords(k).map((w) => capitalize(w, shouting));
  return cut(words.join(' '), MAX_SUMMARY_LENGTH);
}

/** An operation summary: at most 80 characters, none of `/ \ < > * % & ?`, no trailing punctuation. */
export function summaryFromText(text: string): string {
  const clean = text.replace(SUMMARY_RESTRICTED, ' ').replace(/\s+/g, ' ').trim();
  return cut(clean, MAX_SUMMARY_LENGTH).replace(/[\s.,;:!-]+$/, '');
}

/** A PascalCase identifier (ASCII letters and digits only); empty when the text has no usable letters. */
export function pascalCaseId(text: string): string {
  const ascii = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const shouting = !/[a-z]/.test(ascii);
  let id = '';
  for (const word of splitWords(ascii)) {
    const w = word.replace(/[^A-Za-z0-9]/g, '');
    if (!w) continue;
    // Verbs and words written in capitals (GET, IBAN) read better as Get, Iban in an id.
    const allCaps = w.length > 1 && !/[a-z]/.test(w);
    const part = allCaps || shouting ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1);
    if (id.length + part.length > MAX_OPERATION_ID_LENGTH) break;
    id += part;
  }
  return id;
}

/** A readable name for an operation that has none: "Get users by ID" for GET /users/{id}. */
export function nameFromRoute(method: string, path: string): string {
  const verb = method.charAt(0).toUpperCase() + method.slice(1).toLowerCase();
  const segments = path.split('/').filter((s) => s.length > 0);
  const words: string[] = [];
  segments.forEach((segment, i) => {
    const param = /^\{([^}]*)\}$/.exec(segment);
    if (!param) words.push(...splitWords(segment.replace(/\{[^}]*\}/g, ' ')));
    else if (i === segments.length - 1) words.push(`by ${titleFromKey(param[1] ?? '')}`);
  });
  return `${verb} ${words.join(' ')}`.replace(/\s+/g, ' ').trim();
}
