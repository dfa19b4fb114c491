// The command palette's list: the studio's commands plus the File menu's, and how typing filters it.
import { describe, expect, it } from 'vitest';
import { filterCommands, paletteCommands, type PaletteContext } from '../../renderer/studio/command-palette-commands';

const noop = () => undefined;
const context = (extra: Partial<PaletteContext> = {}): PaletteContext => ({
  tabs: [
    { id: 'general', label: 'General' },
    { id: 'security', label: 'Security' },
  ],
  activeTab: 'general',
  showTab: noop,
  files: [{ key: 'definition', name: 'apiDefinition.swagger.json' }],
  activeFile: 'definition',
  showFile: noop,
  formHidden: false,
  editorHidden: false,
  toggleForm: noop,
  toggleEditor: noop,
  save: noop,
  undo: noop,
  redo: noop,
  operations: [{ pointer: '/paths/~1items/get', operationId: 'ListItems', method: 'get', path: '/items' }],
  showOperation: noop,
  ...extra,
});

describe('paletteCommands', () => {
  it('offers the File menu commands that can run now, once each, without the ellipsis', () => {
    const commands = paletteCommands(
      context({
        fileCommands: [
          { label: 'New connector…', keys: 'Control+N', run: noop },
          { label: 'Save', keys: 'Control+S', run: noop },
          { label: 'Export package…', disabled: true, run: noop },
        ],
      }),
    );
    const file = commands.filter((c) => c.group === 'File').map((c) => [c.label, c.keys]);
    expect(file).toEqual([
      ['Save', 'Control+S'],
      ['New connector', 'Control+N'],
    ]);
  });

  it('filters by every word typed, words that start with it first', () => {
    const commands = paletteCommands(context({ fileCommands: [{ label: 'Import file…', run: noop }] }));
    expect(filterCommands(commands, 'go sec').map((c) => c.label)).toEqual(['Go to Security']);
    expect(filterCommands(commands, 'import')[0]?.label).toBe('Import file');
    expect(filterCommands(commands, 'listitems')[0]?.label).toBe('Go to operation ListItems');
    expect(filterCommands(commands, 'nothing like it')).toEqual([]);
  });

  it('finds an operation by its summary, verb and path too', () => {
    const commands = paletteCommands(
      context({
        operations: [
          { pointer: '/paths/~1items/get', operationId: 'ListItems', method: 'get', path: '/items', summary: 'List the items' },
          { pointer: '/paths/~1orders/post', operationId: 'NewOrder', method: 'post', path: '/orders', summary: 'Place an order' },
        ],
      }),
    );
    expect(filterCommands(commands, 'place order').map((c) => c.label)).toEqual(['Go to operation NewOrder']);
    expect(filterCommands(commands, 'post orders')[0]?.detail).toBe('Place an order · POST /orders');
  });
});
