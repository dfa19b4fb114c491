// The designer preview over every corpus connector, checked against the text read independently
// (plain JSON.parse, `#/parameters` references followed by hand): each visible parameter is on the
// card once, with its x-ms-summary (or name), required mark and visibility group; no internal
// parameter or token is shown; Power Apps can call exactly the visible actions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueAt } from '../../shared/core/text/json-pointer';
import { designerPreview } from '../../shared/engines/designer-preview';
import { CONNECTORS_DIR, corpusConnectors, HAVE_CORPUS } from '../support/corpus';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function read(rel: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(CONNECTORS_DIR, rel, file), 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function parameter(def: Obj, raw: unknown): Obj | undefined {
  if (!isObject(raw)) return undefined;
  const ref = raw.$ref;
  if (typeof ref !== 'string') return raw;
  const m = /^#\/parameters\/(.+)$/.exec(ref);
  const target = m ? (def.parameters as Obj | undefined)?.[m[1]!.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isObject(target) ? target : undefined;
}

describe.skipIf(!HAVE_CORPUS)('corpus: designer preview', () => {
  it('shows each visible parameter once, as the text labels, marks and groups it; hides the internal ones', () => {
    const bad: string[] = [];
    let operations = 0;
    let checkedInputs = 0;
    let tokens = 0;
    let skipped = 0;
    for (const rel of corpusConnectors()) {
      const def = read(rel, 'apiDefinition.swagger.json');
      if (!isObject(def) || !isObject(def.paths)) {
        skipped++;
        continue;
      }
      const props = read(rel, 'apiProperties.json');
      for (const [p, item] of Object.entries(def.paths)) {
        if (p.startsWith('x-') || !isObject(item) || item.$ref !== undefined) continue;
        for (const m of METHODS) {
          const op = item[m];
          if (!isObject(op)) continue;
          operations++;
          const pointer = `/paths/${esc(p)}/${m}`;
          const preview = designerPreview(def, props, pointer);
          if (!preview) {
            bad.push(`${rel} ${pointer}: no preview`);
            continue;
          }
          const inputs = [...preview.inputs.important, ...preview.inputs.none, ...preview.inputs.advanced];
          const own = Array.isArray(op.parameters) ? op.parameters.map((x) => parameter(def, x)) : [];
          const shared = Array.isArray(item.parameters) ? item.parameters.map((x) => parameter(def, x)) : [];
          const ownKeys = new Set(own.map((x) => `${x?.in}:${x?.name}`));
          const params = [...shared.filter((x) => !ownKeys.has(`${x?.in}:${x?.name}`)), ...own];
          for (const param of params) {
            if (!param || param.in === 'body' || typeof param.name !== 'string') continue;
            const shown = inputs.filter((i) => !i.property && i.in === param.in && i.name === param.name);
            const visibility = param['x-ms-visibility'];
            if (visibility === 'internal') {
              if (shown.length) bad.push(`${rel} ${pointer} ${param.name}: internal but shown`);
              continue;
            }
            checkedInputs++;
            if (shown.length !== 1) {
              bad.push(`${rel} ${pointer} ${param.name}: shown ${shown.length} times`);
              continue;
            }
            const i = shown[0]!;
            const summary = typeof param['x-ms-summary'] === 'string' ? param['x-ms-summary'].trim() : '';
            const group = visibility === 'important' || visibility === 'advanced' ? visibility : 'none';
            if (i.label !== (summary || param.name)) bad.push(`${rel} ${pointer} ${param.name}: label ${i.label}`);
            if (i.required !== (param.required === true)) bad.push(`${rel} ${pointer} ${param.name}: required ${i.required}`);
            if (i.group !== group) bad.push(`${rel} ${pointer} ${param.name}: group ${i.group}`);
            if ((i.labelFrom === 'name') !== (summary === '')) bad.push(`${rel} ${pointer} ${param.name}: label source ${i.labelFrom}`);
          }
          for (const t of preview.outputs?.tokens ?? []) {
            tokens++;
            const v = valueAt(def, t.pointer);
            if (isObject(v) && v['x-ms-visibility'] === 'internal') bad.push(`${rel} ${pointer} token ${t.label}: internal but shown`);
          }
          const callable =
            op['x-ms-trigger'] === undefined &&
            op['x-ms-visibility'] !== 'internal' &&
            typeof op.operationId === 'string' &&
            op.operationId !== '';
          if (preview.powerApps.callable !== callable) bad.push(`${rel} ${pointer}: Power Apps callable ${preview.powerApps.callable}`);
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(operations).toBeGreaterThan(5000);
    expect(checkedInputs).toBeGreaterThan(10000);
    expect(tokens).toBeGreaterThan(10000);
    expect(skipped).toBeLessThan(50);
  });
});
