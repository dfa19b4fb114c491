// The UTF-8 size of a text without encoding it (the definition's 1 MB limit is in bytes).

const NON_ASCII = /[^\x00-\x7f]/g;

/** The UTF-8 size of a text, as TextEncoder would encode it (a lone surrogate as U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  // Jumps from one non-ASCII character to the next (a native search): definitions are mostly ASCII.
  NON_ASCII.lastIndex = 0;
  while (NON_ASCII.test(text)) {
    const i = NON_ASCII.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c < 0x800) {
      bytes += 1;
    } else if ((c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two units, four bytes.
      bytes += 2;
      NON_ASCII.lastIndex = i + 2;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}
