// Store: JSON-path writes, undo/redo history with keystroke coalescing, document slice, selectors.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { COALESCE_MS, EMPTY_HISTORY, record, redo, undo } from '../../renderer/store/history';
import { appendAt, getAt, parsePath, pathKey, removeAt, setAt } from '../../renderer/store/paths';
import { createAppStore } from '../../renderer/store/create';
import {
  phaseFraction,
  selectDirty,
  selectScenarioName,
  selectPeriod,
  selectShareTarget,
  selectStale,
  typicalDaysOf,
} from '../../renderer/store/selectors';
import { fakeApi } from './fake-api';
import { result } from './fixtures';

const island = JSON.parse(readFileSync('scenarios/energy-island-1.json', 'utf8')) as unknown;

describe('paths', () => {
  it('spells paths like the validator', () => {
    expect(pathKey(['technologies', 3, 'params', 'capacityMw'])).toBe('technologies[3].params.capacityMw');
    expect(parsePath('technologies[3].params.capacityMw')).toEqual([
      'technologies',
      3,
      'params',
      'capacityMw',
    ]);
    expect(parsePath('tariff.bands.peak[2]')).toEqual(['tariff', 'bands', 'peak', 2]);
    expect(parsePath('(root)')).toBeNull();
    expect(parsePath('row 12, field dry-bulb')).toBeNull();
  });
  it('writes immutably with structural sharing', () => {
    const root = { a: { b: [1, 2] }, c: { d: 1 } };
    const next = setAt(root, ['a', 'b', 1], 5) as typeof root;
    expect(next.a.b).toEqual([1, 5]);
    expect(root.a.b).toEqual([1, 2]);
    expect(next.c).toBe(root.c);
    expect(getAt(next, ['a', 'b', 1])).toBe(5);
    expect(getAt(next, ['x', 'y'])).toBeUndefined();
    expect(setAt(root, ['c', 'd'], undefined)).toEqual({ a: { b: [1, 2] }, c: {} });
    expect(appendAt(root, ['a', 'b'], 3)).toEqual({ a: { b: [1, 2, 3] }, c: { d: 1 } });
    expect(removeAt(root, ['a', 'b'], 0)).toEqual({ a: { b: [2] }, c: { d: 1 } });
  });
});

describe('history', () => {
  it('merges keystrokes in one field into one step, not edits of another field', () => {
    let h = record(EMPTY_HISTORY, 'v0', 'x', 0);
    h = record(h, 'v1', 'x', 500);
    expect(h.past).toEqual(['v0']);
    h = record(h, 'v2', 'x', 500 + COALESCE_MS + 1);
    h = record(h, 'v3', 'y', 500 + COALESCE_MS + 2);
    expect(h.past).toEqual(['v0', 'v2', 'v3']);
  });
  it('undoes and redoes', () => {
    const h = record(EMPTY_HISTORY, 'v0', 'x', 0);
    const u = undo(h, 'v1')!;
    expect(u.state).toBe('v0');
    const r = redo(u.history, 'v0')!;
    expect(r.state).toBe('v1');
    expect(undo(EMPTY_HISTORY, 'v')).toBeNull();
    expect(redo(EMPTY_HISTORY, 'v')).toBeNull();
  });
});

describe('document slice and selectors', () => {
  const open = () => {
    const store = createAppStore(() => fakeApi().api);
    store.getState().openDocument({ scenario: island, path: null, mtimeMs: null, name: 'island' });
    return store;
  };
  it('opens an older (v0) file in today’s shape and drops the previous document’s figures', () => {
    const store = open();
    store.setState({ result: result(), resultDocId: store.getState().docId });
    const list = (island as { technologies: { id: string }[] }).technologies;
    const v0: Record<string, unknown> = {
      ...(island as Record<string, unknown>),
      technologies: Object.fromEntries(list.map(({ id, ...t }) => [id, t])),
    };
    delete v0['schemaVersion'];
    store.getState().openDocument({ scenario: v0, path: null, mtimeMs: null, name: 'old' });
    const opened = store.getState().scenario as { technologies: unknown; schemaVersion: number };
    expect(Array.isArray(opened.technologies)).toBe(true);
    expect(opened.schemaVersion).toBe(1);
    expect(store.getState().valid).toBe(true);
    expect(store.getState().result).toBeNull();
  });
  it('keeps two quick structural edits (add a period, apply a preset) as two undo steps', () => {
    const store = open();
    const before = store.getState().scenario;
    store.getState().replace(setAt(before, ['name'], 'a'), 'add:period');
    store.getState().replace(setAt(store.getState().scenario, ['name'], 'b'), 'add:period');
    store.getState().undo();
    expect((store.getState().scenario as { name: string }).name).toBe('a');
    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
  });
  it('falls back to the season tab when the chosen period is not in the result', () => {
    const store = open();
    store.setState({ result: result(), period: 1 });
    expect(selectPeriod(store.getState())).toBe(1);
    store.setState({ period: 5 });
    expect(selectPeriod(store.getState())).toBe('season');
  });
  it('is not dirty when a value is typed back to what was saved', () => {
    const store = open();
    store.getState().edit(['technologies', 0, 'params', 'doublets'], 5);
    expect(selectDirty(store.getState())).toBe(true);
    store.getState().edit(['technologies', 0, 'params', 'doublets'], 6);
    expect(selectDirty(store.getState())).toBe(false);
  });
  it('validates on open and on every edit, with issues at JSON paths', () => {
    const store = open();
    expect(store.getState().valid).toBe(true);
    store.getState().edit(['technologies', 0, 'params', 'doublets'], 1000);
    expect(store.getState().valid).toBe(false);
    expect(store.getState().issues.map((i) => i.path)).toEqual(['technologies[0].params.doublets']);
    store.getState().undo();
    expect(store.getState().valid).toBe(true);
    expect(getAt(store.getState().scenario, ['technologies', 0, 'params', 'doublets'])).toBe(6);
    store.getState().redo();
    expect(getAt(store.getState().scenario, ['technologies', 0, 'params', 'doublets'])).toBe(1000);
  });
  it('marks the result stale after an edit, dirty until saved', () => {
    const store = open();
    store.setState({
      result: result(),
      resultDocId: store.getState().docId,
      resultRev: store.getState().rev,
    });
    expect(selectStale(store.getState())).toBe(false);
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().edit(['prices', 'gasCnyPerNm3'], 3.6);
    expect(selectStale(store.getState())).toBe(true);
    expect(selectDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().redo();
    store.getState().markSaved('/tmp/x.json', 1);
    expect(selectDirty(store.getState())).toBe(false);
  });
  it('names the scenario in the UI language and reads the share target', () => {
    const store = open();
    expect(selectScenarioName(store.getState())).toBe(
      store.getState().lang === 'zh' ? '1号能源岛（太原）' : 'Energy Island No. 1, Taiyuan',
    );
    store.setState({ lang: 'en' });
    expect(selectScenarioName(store.getState())).toBe('Energy Island No. 1, Taiyuan');
    expect(selectShareTarget(store.getState())).toBe(0.7);
  });
  it('shows no geothermal target for a scenario without geothermal heat unless the policy is on', () => {
    const lanzhou = JSON.parse(readFileSync('scenarios/lanzhou-south-station.json', 'utf8')) as unknown;
    const store = open();
    store.getState().openDocument({ scenario: lanzhou, path: null, mtimeMs: null, name: 'lz' });
    expect(selectShareTarget(store.getState())).toBeNull();
    store.getState().edit(['policies', 'minGeothermalShare', 'enabled'], true);
    expect(selectShareTarget(store.getState())).toBe(0.7);
  });
  it('derives typical days and progress fractions', () => {
    expect(typicalDaysOf(result())).toBeNull();
    const rep = result({ mode: 'representative' });
    expect(
      typicalDaysOf({
        ...rep,
        hourly: { ...rep.hourly!, n: 216 },
        periods: [...rep.periods, rep.periods[0]!],
      }),
    ).toBe(3);
    expect(phaseFraction('solve')).toBeGreaterThan(phaseFraction('build'));
    expect(phaseFraction('done')).toBe(1);
  });
});
