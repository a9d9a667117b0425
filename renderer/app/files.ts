// File commands: new, open (native dialog or file input), save (native or download), bundled scenarios.
import { downloadText, getApi, isElectron } from '../bridge';
import { translate, type MessageKey, type Vars } from '../features/i18n/format';
import { appStore } from '../store';
import { setAt } from '../store/paths';

/** Id of the scenario the app opens on (Energy Island No. 1). */
export const START_SCENARIO = 'energy-island-1';

const say = (kind: 'info' | 'error', text: string) => appStore.getState().setNotice({ kind, text });
/** A notice worded from the dictionary: shown in whatever language is current. */
const sayKey = (kind: 'info' | 'error', key: MessageKey, vars?: Vars) =>
  appStore.getState().setNotice({ kind, key, ...(vars ? { vars } : {}) });
const tr = (key: MessageKey, vars?: Vars) => translate(appStore.getState().lang, key, vars);

/** Opens a bundled scenario by id. */
export async function openBundled(id: string): Promise<void> {
  const reply = await getApi().scenarioLoadBundled({ id });
  if (reply.ok) appStore.getState().openDocument(reply.value);
  else sayKey('error', 'file.openFailed', { message: reply.error.message });
}

/** A new document: a copy of Energy Island No. 1 with a neutral name, not yet saved anywhere. */
export async function newDocument(): Promise<void> {
  const reply = await getApi().scenarioLoadBundled({ id: START_SCENARIO });
  if (!reply.ok) return say('error', reply.error.message);
  const untitled = appStore.getState().lang === 'zh' ? '未命名方案' : 'Untitled scenario';
  const scenario = setAt(setAt(reply.value.scenario, ['name'], untitled), ['nameZh'], '未命名方案');
  appStore.getState().openDocument({ scenario, path: null, mtimeMs: null, name: untitled });
}

/** Reads a file the user picked with an <input type=file> (browser host). */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** Open: the native dialog in Electron; a file chooser and island:scenario:parse in the browser host. */
export async function openFile(): Promise<void> {
  const api = getApi();
  if (isElectron()) {
    const reply = await api.fileOpen({});
    if (!reply.ok) return sayKey('error', 'file.openFailed', { message: reply.error.message });
    if (reply.value) appStore.getState().openDocument(reply.value);
    return;
  }
  const file = await pickFile('.json,application/json');
  if (!file) return;
  const reply = await api.scenarioParse({ text: await file.text(), name: file.name });
  if (reply.ok) appStore.getState().openDocument(reply.value);
  else {
    const first = reply.error.issues
      ?.slice(0, 3)
      .map((i) => `${i.path} ${i.message}`)
      .join('; ');
    sayKey('error', 'file.openFailed', {
      message: first ? `${reply.error.message}: ${first}` : reply.error.message,
    });
  }
}

/** File name for a download of the current scenario. */
function fileNameOf(name: string): string {
  return `${name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'scenario'}.json`;
}

/** Save: atomically through main (asks before overwriting a file changed on disk); a download in the browser. */
export async function save(saveAs = false): Promise<void> {
  const s = appStore.getState();
  if (!isElectron()) {
    const name = fileNameOf(
      typeof (s.scenario as { name?: unknown })?.name === 'string'
        ? String((s.scenario as { name: string }).name)
        : s.docName,
    );
    downloadText(`${JSON.stringify(s.scenario, null, 2)}\n`, name);
    s.markSaved(null, null);
    return sayKey('info', 'file.downloaded', { file: name });
  }
  const request = { scenario: s.scenario, path: s.path, expectedMtimeMs: s.mtimeMs, saveAs };
  let reply = await getApi().fileSave(request);
  if (!reply.ok && reply.error.code === 'file-changed-on-disk' && window.confirm(tr('file.changedOnDisk'))) {
    reply = await getApi().fileSave({ ...request, overwrite: true });
  }
  if (!reply.ok) return say('error', reply.error.message);
  if (!reply.value) return;
  appStore.getState().markSaved(reply.value.path, reply.value.mtimeMs);
  sayKey('info', 'file.saved', { path: reply.value.path });
}
