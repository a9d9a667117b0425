// The application shell: header, headline strip, view tabs, the current view, notices.
import { Compare } from '../features/compare/Compare';
import { Dispatch } from '../features/dispatch/Dispatch';
import { Editor } from '../features/editor/Editor';
import { useT, type MessageKey } from '../features/i18n';
import { Overview } from '../features/overview/Overview';
import { ReportPanel } from '../features/report/ReportPanel';
import { useApp, type View } from '../store';
import { Tabs } from '../ui/Tabs';
import { Header } from './Header';
import { resolveRecovery } from './startup';
import { StatusStrip } from './StatusStrip';

const VIEWS: readonly View[] = ['overview', 'dispatch', 'editor', 'compare', 'report'];

function Body({ view }: { view: View }) {
  switch (view) {
    case 'editor':
      return <Editor />;
    case 'overview':
      return <Overview />;
    case 'dispatch':
      return <Dispatch />;
    case 'compare':
      return <Compare />;
    case 'report':
      return <ReportPanel />;
  }
}

function Notices() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const notice = useApp((s) => s.notice);
  const setNotice = useApp((s) => s.setNotice);
  const recover = useApp((s) => s.recover);
  return (
    <>
      {recover ? (
        <div className="notice info" role="status">
          {t('recover.prompt', {
            time: new Date(recover.savedAtMs).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'),
          })}
          <button type="button" onClick={() => resolveRecovery(true)}>
            {t('recover.restore')}
          </button>
          <button type="button" onClick={() => resolveRecovery(false)}>
            {t('recover.discard')}
          </button>
        </div>
      ) : null}
      {notice ? (
        <div
          className={`notice ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          {notice.key ? t(notice.key, notice.vars) : notice.text}
          <button type="button" onClick={() => setNotice(null)} aria-label={t('notice.dismiss')}>
            ✕
          </button>
        </div>
      ) : null}
    </>
  );
}

export function App() {
  const t = useT();
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const loaded = useApp((s) => s.scenario !== null);
  return (
    <div className="app">
      <Header />
      <StatusStrip />
      <nav className="nav">
        <Tabs
          label={t('nav.label')}
          idBase="view"
          items={VIEWS.map((v) => ({
            key: v,
            label: t(`nav.${v === 'report' ? 'report' : v}` as MessageKey),
            testId: `nav-${v}`,
          }))}
          value={view}
          onChange={setView}
        />
      </nav>
      <Notices />
      <main
        role="tabpanel"
        id="view-panel"
        aria-labelledby={`view-tab-${view}`}
        className="view"
        data-view={view}
      >
        {loaded ? <Body view={view} /> : <p className="empty">{t('app.loading')}</p>}
      </main>
    </div>
  );
}
