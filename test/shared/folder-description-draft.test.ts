// folderDescriptionDraft: a connector folder's definition with no description gets a drafted one by
// a minimal edit; anything else (a description, no info object, text that is not standard JSON) is
// left for the import to copy as it is.
import { describe, expect, it } from 'vitest';
import { JsonDocument } from '../../shared/core/text';
import { folderDescriptionDraft } from '../../shared/engines/import/draft-description';

const DEFINITION = (info: string) =>
  `{\n    "swagger": "2.0",\n    "info": ${info},\n    "host": "api.contoso.com",\n    "paths": {"/items": {"get": {"summary": "List items", "responses": {"200": {"description": "OK"}}}}}\n}\n`;

const draft = (text: string) => folderDescriptionDraft(JsonDocument.parse(text), 'apiDefinition.swagger.json');

describe('folderDescriptionDraft', () => {
  it('inserts a drafted description as the last member of info, touching nothing else', () => {
    const text = DEFINITION('{\n        "title": "Contoso",\n        "version": "1.0"\n    }');
    const r = draft(text)!;
    const inserted = ',\n        "description": "Contoso: 1 operation on api.contoso.com, namely List items."';
    const at = text.indexOf('"1.0"') + '"1.0"'.length;
    expect(r.text).toBe(text.slice(0, at) + inserted + text.slice(at));
    expect(r.draft).toBe('Contoso: 1 operation on api.contoso.com, namely List items.');
    expect(r.note).toEqual({
      kind: 'decision',
      code: 'DescriptionDrafted',
      sourcePointer: '/info',
      message: expect.stringContaining('apiDefinition.swagger.json has no info.description, which paconn create and the portal need'),
    });
  });

  it('keeps an inline info inline', () => {
    const r = draft(DEFINITION('{"title": "Contoso", "version": "1.0"}'))!;
    expect(r.text).toContain('"info": {"title": "Contoso", "version": "1.0", "description": "Contoso: 1 operation');
  });

  it('fills a description that is only blanks', () => {
    const r = draft(DEFINITION('{"title": "Contoso", "version": "1.0", "description": "  "}'))!;
    expect(JSON.parse(r.text).info.description).toBe('Contoso: 1 operation on api.contoso.com, namely List items.');
  });

  it('leaves a description, a description that is not text, a missing info and non-standard JSON alone', () => {
    expect(draft(DEFINITION('{"title": "Contoso", "version": "1.0", "description": "Items."}'))).toBeUndefined();
    expect(draft(DEFINITION('{"title": "Contoso", "version": "1.0", "description": 7}'))).toBeUndefined();
    expect(draft('{"swagger": "2.0", "paths": {}}')).toBeUndefined();
    // A trailing comma: where an insertion goes would be a guess.
    expect(draft(DEFINITION('{"title": "Contoso", "version": "1.0",}'))).toBeUndefined();
    expect(draft(DEFINITION('{"title": "Contoso" "version": "1.0"}'))).toBeUndefined();
  });
});
