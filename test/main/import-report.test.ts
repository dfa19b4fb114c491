// The import's --report for people: totals, then warnings, then the files read, losses and
// decisions, a code noted many times shown once with its count and two examples.
import { describe, expect, it } from 'vitest';
import { formatImportReport } from '../../main/cli/import-report';
import type { ImportNote } from '../../shared/engines/import/import-result';

describe('import --report', () => {
  it('puts totals and warnings first and groups a code noted many times', () => {
    const renames: ImportNote[] = Array.from({ length: 296 }, (_, i) => ({
      kind: 'decision',
      code: 'OperationIdSanitized',
      message: `Operation id "op-${i}" became "Op${i}".`,
      sourcePointer: `/paths/~1op${i}/get`,
    }));
    const notes: ImportNote[] = [
      ...renames,
      { kind: 'loss', code: 'WebhookNotImported', message: 'Webhook "a" was not imported.' },
      { kind: 'warning', code: 'TooManyOperations', message: 'The connector has 296 operations.', sourcePointer: '/paths' },
      { kind: 'warning', code: 'DefinitionTooLarge', message: 'The definition is about 1.7 MB.', sourcePointer: '' },
    ];
    const read: ImportNote[] = [{ kind: 'decision', code: 'FileRead', message: 'Read /x/openapi.json.' }];
    expect(formatImportReport(notes, read)).toEqual([
      'Conversion report: 296 decisions, 1 losses, 2 warnings.',
      'warning  TooManyOperations: The connector has 296 operations.  (at /paths)',
      'warning  DefinitionTooLarge: The definition is about 1.7 MB.  (at /)',
      'decision FileRead: Read /x/openapi.json.',
      'loss     WebhookNotImported: Webhook "a" was not imported.',
      'decision OperationIdSanitized: 296 times, e.g.',
      '           Operation id "op-0" became "Op0".  (at /paths/~1op0/get)',
      '           Operation id "op-1" became "Op1".  (at /paths/~1op1/get)',
      '           and 294 more (--json lists each).',
    ]);
  });
});
