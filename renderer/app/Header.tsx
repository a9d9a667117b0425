// Title bar: scenario name, file commands, bundled scenarios, undo/redo and the language switch.
import { useT } from '../features/i18n';
import { useApp } from '../store';
import { selectDirty, selectScenarioName } from '../store/selectors';
import { newDocument, openBundled, openFile, save } from './files';

export function Header() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const setLang = useApp((s) => s.setLang);
  const name = useApp(selectScenarioName);
  const dirty = useApp(selectDirty);
  const bundled = useApp((s) => s.bundled);
  const canUndo = useApp((s) => s.history.past.length > 0);
  const canRedo = useApp((s) => s.history.future.length > 0);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <span className="doc-name" data-testid="doc-name">
          {name}
          {dirty ? <span className="dirty"> · {t('app.unsaved')}</span> : null}
        </span>
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => void newDocument()}>
          {t('file.new')}
        </button>
        <button type="button" onClick={() => void openFile()}>
          {t('file.open')}
        </button>
        <button type="button" onClick={() => void save(false)}>
          {t('file.save')}
        </button>
        <label className="sr-only" htmlFor="bundled-pick">
          {t('file.bundledPick')}
        </label>
        <select
          id="bundled-pick"
          value=""
          onChange={(e) => {
            if (e.target.value) void openBundled(e.target.value);
          }}
        >
          <option value="">{t('file.bundled')}…</option>
          {bundled.map((b) => (
            <option key={b.id} value={b.id}>
              {(lang === 'zh' && b.nameZh) || b.name}
            </option>
          ))}
        </select>
        <span className="sep" />
        <button
          type="button"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          title={`${t('edit.undo')} (Ctrl+Z)`}
          data-testid="undo"
        >
          ↶ {t('edit.undo')}
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          title={`${t('edit.redo')} (Ctrl+Shift+Z)`}
          data-testid="redo"
        >
          ↷ {t('edit.redo')}
        </button>
        <span className="sep" />
        <div className="segmented" role="radiogroup" aria-label={t('lang.switch')}>
          {(['zh', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              role="radio"
              aria-checked={lang === l}
              lang={l === 'zh' ? 'zh-CN' : 'en'}
              onClick={() => setLang(l)}
              data-testid={`lang-${l}`}
            >
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
