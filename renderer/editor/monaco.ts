// Monaco, bundled with the app: the editor API, JSON support and C# highlighting only (not the 80 other languages),
// and its workers built by Vite from `?worker` imports. Nothing is fetched from a CDN, so the
// studio works offline and no request leaves the machine.
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import * as jsonContribution from 'monaco-editor/esm/vs/language/json/monaco.contribution.js';
// C# highlighting for script.csx (a tokenizer loaded when first used; no language service exists for it).
import 'monaco-editor/esm/vs/basic-languages/csharp/csharp.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import type { JsonLanguageOptions } from './x-ms-completions';
import './monaco-overrides.css';

interface JsonDefaults {
  setDiagnosticsOptions(options: { validate: boolean } & Partial<JsonLanguageOptions>): void;
  readonly modeConfiguration: Record<string, boolean>;
  setModeConfiguration(configuration: Record<string, boolean>): void;
}

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// The studio's own parser reports JSON problems (with clearer sentences, and the same ones the form
// banner shows); Monaco's JSON worker would report each a second time.
const jsonDefaults = (jsonContribution as unknown as { jsonDefaults: JsonDefaults }).jsonDefaults;
jsonDefaults.setDiagnosticsOptions({ validate: false });
// Completions and hovers (x-ms-* extensions included) from the connector JSON Schemas, loaded beside
// the editor rather than before it (they are some 100 KB).
void import('./x-ms-completions').then((m) => jsonDefaults.setDiagnosticsOptions(m.connectorJsonOptions()));
// Document symbols of a 1.1 MB definition are a tree of some hundred thousand entries, recomputed and
// sent to the UI thread after every keystroke (for sticky scroll). Folding ranges, colour swatches and
// structural selection would each have the JSON worker copy and parse the whole text as it opens and
// after every keystroke, beside the studio's own two workers on the same cores: folding follows the
// indentation instead (the same ranges in formatted JSON). Diagnostics go too: with validation off the
// worker reports nothing, yet its diagnostics adapter still sends it every model as it opens and
// re-parses after each keystroke (on a large definition, some 0.3 s of a core while the studio
// loads). So the JSON worker starts only when a completion or a hover is first asked for.
jsonDefaults.setModeConfiguration({
  ...jsonDefaults.modeConfiguration,
  diagnostics: false,
  documentSymbols: false,
  colors: false,
  foldingRanges: false,
  selectionRanges: false,
});

export { monaco };
export type Monaco = typeof monaco;
