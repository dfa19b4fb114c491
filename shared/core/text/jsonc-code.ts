// jsonc-parser makes its scanner's functions anew for every read (closures over the text), and V8
// keeps their optimized code only while a function holding it lives. Once a run's reads were
// collected, a full GC dropped that code, and the next tolerant reads ran unoptimized until it was
// compiled again (scanNext twice, Maglev then TurboFan, every corpus round). One scanner kept for
// the module's life, run over a small text after reads, takes up the current code and holds it.
import { createScanner } from 'jsonc-parser';

/** Every kind of token: each scanning function runs once. */
const SAMPLE = '{"a": [-1.5e3, true, false, null], "b\\n": "c"}\n';
/** jsonc-parser's SyntaxKind.EOF (a const enum, not importable as a value). */
const EOF = 17;
const kept = createScanner(SAMPLE, false);

/** Runs the kept scanner over its text once (see above): after a read with jsonc-parser. */
export function keepScannerCode(): void {
  kept.setPosition(0);
  while (kept.scan() !== EOF) {
    kept.getToken();
    kept.getTokenValue();
    kept.getTokenOffset();
    kept.getTokenLength();
    kept.getTokenStartLine();
    kept.getTokenStartCharacter();
    kept.getTokenError();
  }
}
