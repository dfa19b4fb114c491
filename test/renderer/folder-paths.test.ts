// Typed paths: the studio's dialogs let through exactly the paths the IPC contract accepts, and say
// in one sentence, with an example in the style typed, that a relative one needs to be full.
import { describe, expect, it } from 'vitest';
import { absolutePath } from '../../shared/contracts/ipc/channels/common';
import { fullPathNeeded } from '../../renderer/app/folder-paths';

const FULL = ['/home/me/connectors/contoso', '/', 'C:\\Users\\me\\contoso', 'c:/work/contoso', '\\\\server\\share\\contoso'];
const RELATIVE = ['contoso', 'connectors/contoso', './contoso', '../contoso', '~/contoso', 'C:contoso', '..\\contoso', 'contoso\\x'];

describe('fullPathNeeded', () => {
  it('accepts the full paths the contract accepts, and refuses the relative ones it refuses', () => {
    for (const p of FULL) {
      expect(fullPathNeeded(p, 'folder'), p).toBeUndefined();
      expect(absolutePath.safeParse(p).success, p).toBe(true);
    }
    for (const p of RELATIVE) {
      expect(fullPathNeeded(p, 'folder'), p).toMatch(/^Type the folder’s full path, such as .+\.$/);
      expect(absolutePath.safeParse(p).success, p).toBe(false);
    }
  });

  it('leaves an empty field to the dialog (its own sentence asks for a path)', () => {
    expect(fullPathNeeded('', 'folder')).toBeUndefined();
    expect(fullPathNeeded('   ', 'file')).toBeUndefined();
  });

  it('gives an example in the style typed', () => {
    expect(fullPathNeeded('contoso', 'folder')).toBe('Type the folder’s full path, such as /home/me/connectors/contoso.');
    expect(fullPathNeeded('..\\contoso', 'folder')).toBe('Type the folder’s full path, such as C:\\Users\\me\\connectors\\contoso.');
    expect(fullPathNeeded('C:openapi.yaml', 'file')).toBe('Type the file’s full path, such as C:\\Users\\me\\Downloads\\openapi.yaml.');
    expect(fullPathNeeded('openapi.yaml', 'file')).toBe('Type the file’s full path, such as /home/me/Downloads/openapi.yaml.');
  });
});
