// Native dialogs: Save As adds the scenario extension, and never replaces a file nobody agreed to replace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);
const { electronDialogs, withScenarioExtension } = await import('../../electron/main/dialogs');

const dir = mkdtempSync(join(tmpdir(), 'island-dialogs-'));
const approved: string[] = [];
const dialogs = electronDialogs({
  window: () => null,
  pendingOpens: [],
  approve: (p) => (approved.push(p), p),
});

describe('Save As', () => {
  beforeEach(() => {
    approved.length = 0;
    dialog.showMessageBox.mockClear();
  });

  it('adds .island.json to a bare name', async () => {
    expect(withScenarioExtension('/x/plant')).toBe('/x/plant.island.json');
    expect(withScenarioExtension('/x/plant.JSON')).toBe('/x/plant.JSON');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'fresh') });
    expect(await dialogs.saveScenario('a.island.json')).toBe(join(dir, 'fresh.island.json'));
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks before replacing an existing file the added extension points at; Cancel saves nothing', async () => {
    writeFileSync(join(dir, 'plant.island.json'), '{}');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'plant') });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await dialogs.saveScenario('a.island.json')).toBeNull();
    expect(approved).toEqual([]);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'plant') });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await dialogs.saveScenario('a.island.json')).toBe(join(dir, 'plant.island.json'));
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });
});
