// Start-up: language, host info, bundled list, crash recovery, the first scenario, live solve and autosave.
import { getApi } from '../bridge';
import { appStore } from '../store';
import { startAutosave, writeAutosaveNow } from '../store/autosave';
import { startCompareSync } from '../store/compare';
import { startLiveSolve } from '../store/live';
import { LANG_KEY } from '../store/ui';
import { onKeyDown, runCommand } from './commands';
import { START_SCENARIO, openBundled } from './files';

/** Boots the app once the UI is mounted. */
export async function startApp(): Promise<void> {
  const api = getApi();
  document.documentElement.lang = appStore.getState().lang === 'zh' ? 'zh-CN' : 'en';
  startLiveSolve(appStore, getApi);
  startCompareSync(appStore);
  api.on('island:menu:command', ({ command }) => runCommand(command));
  window.addEventListener('keydown', onKeyDown);
  startAutosave(appStore, getApi);
  // Closing the window or the tab: the last edits go to the autosave now, not after the quiet time.
  window.addEventListener('pagehide', () => writeAutosaveNow(appStore, getApi));
  const [settings, info, bundled, recover] = await Promise.all([
    api.settingsGet(),
    api.appInfo(),
    api.scenarioListBundled(),
    api.autosaveRecover(),
  ]);
  if (
    settings.ok &&
    localStorage.getItem(LANG_KEY) === null &&
    settings.value.lang !== appStore.getState().lang
  ) {
    appStore.setState({ lang: settings.value.lang });
    document.documentElement.lang = settings.value.lang === 'zh' ? 'zh-CN' : 'en';
  }
  appStore.setState({
    appInfo: info.ok ? info.value : null,
    bundled: bundled.ok ? bundled.value : [],
    recover: recover.ok ? recover.value : null,
  });
  const start = bundled.ok
    ? (bundled.value.find((b) => b.id === START_SCENARIO) ?? bundled.value[0])
    : undefined;
  await openBundled(start?.id ?? START_SCENARIO);
}

/** Restores the autosaved document offered at start, or discards it. */
export function resolveRecovery(restore: boolean): void {
  const r = appStore.getState().recover;
  appStore.setState({ recover: null });
  if (!r) return;
  if (restore) {
    appStore
      .getState()
      .openDocument({ scenario: r.scenario, path: r.path, mtimeMs: null, name: r.path ?? 'recovered' });
    appStore.setState({ savedScenario: null });
    // The restored work is unsaved: it stays in the autosave until it is saved (a second crash loses nothing).
    const now = appStore.getState();
    void getApi().autosaveWrite({ scenario: now.scenario, path: now.path });
    return;
  }
  void getApi().autosaveDiscard();
}
