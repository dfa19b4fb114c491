// Words out of API names (`pageSize`, `page_size`, `X-Request-ID`, `AccountSid`), and the casings
// Microsoft's string guidance asks for: Title Case labels, sentence-case summaries, PascalCase ids.

// Short words people write in capitals; shown that way in labels and summaries.
const ACRONYMS = new Set([
  'id',
  'ids',
  'url',
  'urls',
  'uri',
  'api',
  'ip',
  'json',
  'xml',
  'html',
  'http',
  'https',
  'sid',
  'utc',
  'sms',
  'mms',
  'ssl',
  'tls',
  'uuid',
  'guid',
  'csv',
  'pdf',
  'sql',
  'ssh',
  'dns',
  'cpu',
  'gpu',
  'ui',
  'os',
  'jwt',
  'oauth',
  'sdk',
  'iso',
  'mfa',
  'otp',
  'sso',
  'scim',
  'vat',
  'gst',
  'sku',
  'iban',
  'bic',
]);

// Lower-case in Title Case unless first (Microsoft's style: "Name of the File").
const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'with']);

/** Splits an identifier or phrase into words: camelCase, PascalCase, snake_case, kebab-case, dots, brackets. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

function shape(word: string, capitalise: boolean): string {
  const lower = word.toLowerCase();
  if (ACRONYMS.has(lower)) return lower === 'ids' ? 'IDs' : lower === 'urls' ? 'URLs' : lower === 'oauth' ? 'OAuth' : lower.toUpperCase();
  // Words already in capitals (or mixed, like "iOS") are left as written.
  if (word !== lower && word !== word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()) return word;
  return capitalise ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** `page_size` -> "Page Size"; `accountSid` -> "Account SID". */
export function titleCase(name: string): string {
  const words = splitWords(name);
  return words.map((w, i) => (i > 0 && MINOR.has(w.toLowerCase()) ? w.toLowerCase() : shape(w, true))).join(' ');
}

/** `createChatCompletion` -> "Create chat completion". */
export function sentenceCase(name: string): string {
  return splitWords(name)
    .map((w, i) => shape(w, i === 0))
    .join(' ');
}

/** Any text -> an identifier of letters and digits: "get my user" -> "GetMyUser". */
export function pascalCase(text: string): string {
  return splitWords(text)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
