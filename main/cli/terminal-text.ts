// What the CLI prints comes partly from the connector (titles, descriptions, messages quoting
// values): a control character there would reach the terminal raw. ESC sequences recolour or
// rewrite the screen, OSC 52 writes the clipboard, a carriage return overwrites a line, and bidi
// controls reorder what is shown. Every such character is printed as its \uXXXX escape instead:
// visible, and in JSON output the same string value (JSON.stringify leaves C1 and bidi controls raw).
// Line feeds and tabs are the output's own layout and stay.

// C0 but tab and line feed, DEL and C1, the Arabic letter mark, LRM/RLM, line and paragraph
// separators, LRE..RLO embeddings and overrides, LRI..PDI isolates, and the BOM / zero-width no-break space.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
