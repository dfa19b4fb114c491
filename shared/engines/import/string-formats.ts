// Recognises the string formats a sample value shows. Only formats in Microsoft's list
// (schemas/apiDefinition.swagger.schema.json `format` enum) may go into a connector: others, such
// as ipv4, are recognised but the platform's validator would reject them (UnrecognizedTypeFormat).

export type StringFormat = 'date-time' | 'date-no-tz' | 'date' | 'email' | 'uri' | 'uuid' | 'ipv4';

/** Formats the platform accepts in a connector definition. */
export const PLATFORM_STRING_FORMATS: ReadonlySet<StringFormat> = new Set(['date-time', 'date-no-tz', 'date', 'email', 'uri', 'uuid']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// RFC 3339 date-time; without an offset it is the platform's `date-no-tz`.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[A-Za-z]{2,}$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#]+[^\s]*$/;

function validDate(y: string, m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = Number(y) % 4 === 0 && (Number(y) % 100 !== 0 || Number(y) % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** The format a string value is written in, or undefined when it is plain text. */
export function detectStringFormat(value: string): StringFormat | undefined {
  const n = value.length;
  if (n < 6 || n > 2048) return undefined;
  if (n === 36 && UUID.test(value)) return 'uuid';
  const dt = DATE_TIME.exec(value);
  if (dt) {
    const [, y, mo, d, h, mi, s, offset] = dt;
    if (!validDate(y!, mo!, d!) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
    return offset ? 'date-time' : 'date-no-tz';
  }
  const date = DATE.exec(value);
  if (date) return validDate(date[1]!, date[2]!, date[3]!) ? 'date' : undefined;
  if (n <= 15 && IPV4.test(value)) return 'ipv4';
  if (n <= 254 && value.includes('@') && EMAIL.test(value)) return 'email';
  if (value.includes('://') && URI.test(value)) return 'uri';
  return undefined;
}
