// The edit queue (renderer/session/edit-queue.ts) over plain text models with real undo stacks. The
// parse worker's part is played by the code it runs (shared/editing/resolve-edit.ts), answering
// against the text as it was when the edit was sent, as the worker does; the test decides when.
import { describe, expect, it } from 'vitest';
import { JsonDocument, valueAt } from '../../shared/core/text';
import type { EditOp } from '../../shared/editing/edit-op';
import { resolveEdit } from '../../shared/editing/resolve-edit';
import { EditQueue } from '../../renderer/session/edit-queue';
import { LinkedUndo } from '../../renderer/session/linked-undo';
import { rangeAt } from '../../renderer/session/text-model';
import { PlainTextModel } from './plain-text-model';

type Key = 'definition' | 'properties';

const DEFINITION = '{\n  "info": {\n    "title": "Pets",\n    "description": "All about pets"\n  },\n  "paths": {}\n}\n';
const PROPERTIES = '{\n  "properties": {\n    "iconBrandColor": "#007ee5"\n  }\n}\n';

interface Request {
  id: number;
  file: Key;
  version: number;
  op: EditOp;
  /** The text the edit was asked about. */
  text: string;
}

function setup() {
  const models: Record<Key, PlainTextModel> = { definition: new PlainTextModel(DEFINITION), properties: new PlainTextModel(PROPERTIES) };
  const requests: Request[] = [];
  const shown: Key[] = [];
  const failures: (string | undefined)[] = [];
  const undo = new LinkedUndo<Key>((key) => models[key]);
  const queue = new EditQueue<Key>(
    {
      model: (key) => models[key],
      resolve: (r) => requests.push({ ...r, text: models[r.file].getValue() }),
      showing: (key) => {
        shown.push(key);
        return null;
      },
      failed: (message) => failures.push(message),
    },
    undo,
  );
  /** The worker answers the oldest edit still waiting. */
  const answer = () => {
    const r = requests.shift();
    if (!r) throw new Error('no edit was sent to the worker');
    queue.resolved(r.id, r.file, r.version, resolveEdit(JsonDocument.parse(r.text), r.op));
  };
  const set = (key: Key, pointer: string, value: unknown) => queue.edit(key, pointer, { kind: 'set', pointer, value });
  const value = (key: Key, pointer: string) => valueAt(JSON.parse(models[key].getValue()), pointer);
  /** Typing in the editor: replaces the first `from`. */
  const type = (key: Key, from: string, to: string) => {
    const model = models[key];
    const at = model.getValue().indexOf(from);
    expect(at).toBeGreaterThanOrEqual(0);
    model.pushStackElement();
    model.pushEditOperations(null, [{ range: rangeAt(model, at, from.length), text: to }], () => null);
  };
  return { models, queue, requests, shown, failures, answer, set, value, type };
}

describe('edit queue', () => {
  it("sends a field's first value to the worker and replaces the next ones in place, one undo step per visit", () => {
    const { models, queue, requests, answer, set } = setup();
    set('definition', '/info/title', 'Pets A');
    expect(requests).toHaveLength(1);
    expect(models.definition.getValue()).toBe(DEFINITION);
    answer();
    expect(models.definition.getValue()).toBe(DEFINITION.replace('"Pets"', '"Pets A"'));

    set('definition', '/info/title', 'Pets AP');
    set('definition', '/info/title', 'Pets "API"');
    // The value's range is known: no round trip through the worker.
    expect(requests).toHaveLength(0);
    expect(models.definition.getValue()).toBe(DEFINITION.replace('"Pets"', '"Pets \\"API\\""'));
    expect(queue.busy).toBe(false);

    queue.endGroup();
    void models.definition.undo();
    expect(models.definition.getValue()).toBe(DEFINITION);
    void models.definition.redo();
    expect(models.definition.getValue()).toBe(DEFINITION.replace('"Pets"', '"Pets \\"API\\""'));
  });

  it('computes only the latest of the values a field got while an edit was on its way', () => {
    const { queue, requests, answer, set, value } = setup();
    set('definition', '/info/x-limits', { rate: 1 });
    set('definition', '/info/x-limits', { rate: 2 });
    set('definition', '/info/x-limits', { rate: 3 });
    expect(requests).toHaveLength(1);
    expect(queue.busy).toBe(true);
    answer();
    expect(value('definition', '/info/x-limits')).toEqual({ rate: 1 });
    expect(requests.map((r) => r.op)).toEqual([{ kind: 'set', pointer: '/info/x-limits', value: { rate: 3 } }]);
    answer();
    expect(value('definition', '/info/x-limits')).toEqual({ rate: 3 });
    expect(queue.busy).toBe(false);
  });

  it('resolves an edit again when the text moved on while it was computed, keeping what was typed', () => {
    const { models, requests, answer, set, type, value } = setup();
    set('definition', '/info/title', 'Pets API');
    type('definition', '"paths": {}', '"paths": {"/pets": {}}');
    const first = requests[0]!;
    answer();
    // The answer was for an older text: not applied, asked again.
    expect(value('definition', '/info/title')).toBe('Pets');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.id).not.toBe(first.id);
    expect(requests[0]!.version).toBe(models.definition.getVersionId());
    answer();
    expect(value('definition', '/info/title')).toBe('Pets API');
    expect(value('definition', '/paths')).toEqual({ '/pets': {} });
  });

  it('gives the fast path up when the value no longer follows its member, and lets the worker decide', () => {
    const { requests, answer, set, type, value } = setup();
    set('definition', '/info/title', 'Pets A');
    answer();
    // In the editor the member is renamed: the tracked range now holds the value of "name".
    type('definition', '"title"', '"name"');
    set('definition', '/info/title', 'Pets AB');
    expect(requests).toHaveLength(1);
    answer();
    expect(value('definition', '/info/name')).toBe('Pets A');
    expect(value('definition', '/info/title')).toBe('Pets AB');
  });

  it('closes an edit group ended while its edit was on its way once the edit lands', () => {
    const { models, queue, answer, set, value } = setup();
    set('definition', '/info/title', 'Pets API');
    queue.endGroup();
    answer();
    set('definition', '/info/description', 'Everything');
    answer();
    queue.endGroup();

    void models.definition.undo();
    expect(value('definition', '/info/description')).toBe('All about pets');
    expect(value('definition', '/info/title')).toBe('Pets API');
    void models.definition.undo();
    expect(models.definition.getValue()).toBe(DEFINITION);
  });

  it('runs an Undo asked for while an edit is on its way once the edit has landed, undoing the whole visit', () => {
    const { models, queue, answer, set } = setup();
    set('definition', '/info/title', 'Pets');
    answer();
    // Typing goes on; Ctrl+Z is pressed before the last value reached the text.
    set('definition', '/info/title', 'Pets API');
    set('definition', '/info/description', 'Everything');
    queue.endGroup();
    let undone = 0;
    queue.afterEdits(() => {
      undone++;
      void models.definition.undo();
    });
    expect(undone).toBe(0);
    answer();
    expect(undone).toBe(0);
    answer();
    expect(undone).toBe(1);
    expect(models.definition.getValue()).toBe(DEFINITION);
    // With nothing on its way, at once.
    queue.afterEdits(() => undone++);
    expect(undone).toBe(2);
  });

  it('keeps edits of two files apart and shows each file as it is edited', () => {
    const { shown, answer, set, value, requests } = setup();
    set('properties', '/properties/iconBrandColor', '#000000');
    set('definition', '/info/title', 'Pets API');
    expect(requests.map((r) => r.file)).toEqual(['properties', 'definition']);
    answer();
    answer();
    expect(value('properties', '/properties/iconBrandColor')).toBe('#000000');
    expect(value('definition', '/info/title')).toBe('Pets API');
    expect(shown).toEqual(['properties', 'definition']);
  });

  it('reports an edit the worker refused, clears the report with the next edit, and retries a stale one', () => {
    const { queue, requests, failures, answer, set, value } = setup();
    set('definition', '/info/title', 'Pets API');
    const refused = requests.shift()!;
    queue.rejected(refused.id, 'definition', false, 'Fix the errors in the text first: the form cannot edit a file that does not parse.');
    expect(failures.at(-1)).toMatch(/^Fix the errors/);
    expect(queue.busy).toBe(false);

    set('definition', '/info/title', 'Pets API 2');
    expect(failures.at(-1)).toBeUndefined();
    const stale = requests.shift()!;
    queue.rejected(stale.id, 'definition', true, 'The text changed while the edit was computed.');
    expect(failures.at(-1)).toBeUndefined();
    expect(requests).toHaveLength(1);
    answer();
    expect(value('definition', '/info/title')).toBe('Pets API 2');
  });
});
