// The application menu: a pure template per language and recent list; every command item dispatches its command.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import {
  commandsOf,
  menuTemplate,
  toElectronTemplate,
  type MenuAction,
  type MenuSpec,
} from '../../electron/main/menu';

function find(
  specs: readonly MenuItemConstructorOptions[],
  id: string,
): MenuItemConstructorOptions | undefined {
  for (const s of specs) {
    if (s.id === id) return s;
    const sub = Array.isArray(s.submenu) ? find(s.submenu as MenuItemConstructorOptions[], id) : undefined;
    if (sub) return sub;
  }
  return undefined;
}

const labels = (specs: readonly MenuSpec[]): string[] => specs.map((s) => s.label ?? s.role ?? '');

describe('application menu', () => {
  it('has File, Edit, View, Help in both languages, with every required command', () => {
    expect(labels(menuTemplate('en', [], 'linux'))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(menuTemplate('zh', [], 'linux'))).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(labels(menuTemplate('en', [], 'darwin'))[0]).toBe('appMenu');
    expect(commandsOf(menuTemplate('en', [], 'linux')).sort()).toEqual(
      [
        'file-new',
        'file-open',
        'file-save',
        'file-save-as',
        'export-pdf',
        'export-xlsx',
        'export-csv',
        'export-lp',
        'edit-undo',
        'edit-redo',
        'lang-zh',
        'lang-en',
        'help-about',
        'help-model',
      ].sort(),
    );
  });

  it('is a pure function of language and recent files', () => {
    const recent = ['/a/one.island.json', '/b/two.island.json'];
    expect(menuTemplate('zh', recent, 'linux')).toEqual(menuTemplate('zh', recent, 'linux'));
    const file = toElectronTemplate(menuTemplate('en', recent, 'linux'), () => undefined);
    expect(find(file, 'recent-0')?.label).toBe('1. one.island.json');
    expect(find(file, 'recent-1')?.label).toBe('2. two.island.json');
    expect(
      find(
        toElectronTemplate(menuTemplate('en', [], 'linux'), () => undefined),
        'recent-none',
      )?.enabled,
    ).toBe(false);
    expect(find(file, 'lang-en')?.checked).toBe(true);
    expect(find(file, 'file-close')?.role).toBe('close');
    expect(find(file, 'file-quit')?.role).toBe('quit');
    expect(find(file, 'zoom-in')?.role).toBe('zoomIn');
  });

  it('menu commands reach their handler', () => {
    const got: MenuAction[] = [];
    const items = toElectronTemplate(menuTemplate('en', ['/a/one.island.json'], 'linux'), (a) => got.push(a));
    for (const command of commandsOf(menuTemplate('en', [], 'linux'))) {
      const item = find(items, command);
      expect(item?.click, command).toBeTypeOf('function');
      (item!.click as () => void)();
      expect(got.at(-1)).toEqual({ kind: 'command', command });
    }
    (find(items, 'recent-0')!.click as () => void)();
    expect(got.at(-1)).toEqual({ kind: 'open-recent', path: '/a/one.island.json' });
    (find(items, 'recent-clear')!.click as () => void)();
    expect(got.at(-1)).toEqual({ kind: 'clear-recent' });
  });
});
