// Linked undo (renderer/session/linked-undo.ts) over plain text models with real undo stacks: a form
// action is one undo step per file, and one that changed both files is undone and redone as one,
// from either file, unless the other file was changed since.
import { describe, expect, it } from 'vitest';
import { LinkedUndo } from '../../renderer/session/linked-undo';
import { rangeAt } from '../../renderer/session/text-model';
import { PlainTextModel } from './plain-text-model';

type Key = 'definition' | 'properties';

const DEFINITION = '{\n  "info": {\n    "title": "Pets",\n    "description": "All about pets"\n  }\n}\n';
const PROPERTIES = '{\n  "properties": {\n    "iconBrandColor": "#007ee5"\n  }\n}\n';

function setup() {
  const models: Record<Key, PlainTextModel> = { definition: new PlainTextModel(DEFINITION), properties: new PlainTextModel(PROPERTIES) };
  const undo = new LinkedUndo<Key>((key) => models[key]);
  // As the session wires it: an undo or redo in one file may take the others along.
  for (const key of ['definition', 'properties'] as const) {
    models[key].onDidChangeContent((e) => {
      if (e.isUndoing || e.isRedoing) undo.followUndo(key, e.isUndoing);
    });
  }
  /** A form edit of the current action: replaces the first `from` in the file's text. */
  const formEdit = (key: Key, from: string, to: string) => {
    const model = models[key];
    const at = model.getValue().indexOf(from);
    expect(at).toBeGreaterThanOrEqual(0);
    undo.apply(key, [{ range: rangeAt(model, at, from.length), text: to }], null);
  };
  /** Typing in the editor: as Monaco's editor does, it closes the step before and leaves its own open. */
  const type = (key: Key, from: string, to: string) => {
    const model = models[key];
    const at = model.getValue().indexOf(from);
    model.pushStackElement();
    model.pushEditOperations(null, [{ range: rangeAt(model, at, from.length), text: to }], () => null);
  };
  return { models, undo, formEdit, type };
}

describe('linked undo', () => {
  it('undoes and redoes a form action that changed both files as one step, from either file', () => {
    const { models, undo, formEdit } = setup();
    formEdit('definition', '"Pets"', '"Pets API"');
    formEdit('properties', '"#007ee5"', '"#000000"');
    undo.closeAction();

    void models.properties.undo();
    expect(models.definition.getValue()).toBe(DEFINITION);
    expect(models.properties.getValue()).toBe(PROPERTIES);

    void models.definition.redo();
    expect(models.definition.getValue()).toContain('"Pets API"');
    expect(models.properties.getValue()).toContain('"#000000"');

    void models.definition.undo();
    expect(models.definition.getValue()).toBe(DEFINITION);
    expect(models.properties.getValue()).toBe(PROPERTIES);
  });

  it('makes all of one action one step per file, and each action its own step', () => {
    const { models, undo, formEdit } = setup();
    formEdit('definition', '"Pets"', '"Pets API"');
    formEdit('definition', '"All about pets"', '"Everything"');
    undo.closeAction();
    formEdit('definition', '"Pets API"', '"Pets API v2"');
    undo.closeAction();

    void models.definition.undo();
    expect(models.definition.getValue()).toContain('"Pets API"');
    expect(models.definition.getValue()).toContain('"Everything"');
    void models.definition.undo();
    expect(models.definition.getValue()).toBe(DEFINITION);
  });

  it('starts a new step when the text was typed in between two edits of one action', () => {
    const { models, undo, formEdit, type } = setup();
    formEdit('definition', '"Pets"', '"Pets API"');
    type('definition', '"info"', '"info" ');
    formEdit('definition', '"All about pets"', '"Everything"');
    undo.closeAction();

    void models.definition.undo();
    expect(models.definition.getValue()).toContain('"Pets API"');
    expect(models.definition.getValue()).toContain('"info" ');
    expect(models.definition.getValue()).toContain('"All about pets"');
  });

  it('leaves the other file alone once it was changed after the action', () => {
    const { models, undo, formEdit, type } = setup();
    formEdit('definition', '"Pets"', '"Pets API"');
    formEdit('properties', '"#007ee5"', '"#000000"');
    undo.closeAction();
    type('properties', '"#000000"', '"#ffffff"');

    void models.definition.undo();
    expect(models.definition.getValue()).toBe(DEFINITION);
    expect(models.properties.getValue()).toContain('"#ffffff"');
  });

  it('does not link an action that changed one file to another action', () => {
    const { models, undo, formEdit } = setup();
    formEdit('definition', '"Pets"', '"Pets API"');
    undo.closeAction();
    formEdit('properties', '"#007ee5"', '"#000000"');
    undo.closeAction();

    void models.definition.undo();
    expect(models.definition.getValue()).toBe(DEFINITION);
    expect(models.properties.getValue()).toContain('"#000000"');
  });

  it('finds an older linked action when the newer ones were undone first', () => {
    const { models, undo, formEdit } = setup();
    formEdit('definition', '"Pets"', '"A"');
    formEdit('properties', '"#007ee5"', '"#00000a"');
    undo.closeAction();
    formEdit('definition', '"A"', '"B"');
    formEdit('properties', '"#00000a"', '"#00000b"');
    undo.closeAction();

    void models.definition.undo();
    expect(models.properties.getValue()).toContain('"#00000a"');
    void models.properties.undo();
    expect(models.definition.getValue()).toBe(DEFINITION);
    expect(models.properties.getValue()).toBe(PROPERTIES);
  });
});
