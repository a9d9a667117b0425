// The scenario editor: sections generated from the schema and the catalog, with every issue listed.
import { useApp, type EditorSection } from '../../store';
import { getAt, parsePath } from '../../store/paths';
import { Tabs } from '../../ui/Tabs';
import { useT, type MessageKey } from '../i18n';
import { DemandSection } from './DemandSection';
import { issuePlace, issueText } from './issues';
import { PoliciesSection } from './PoliciesSection';
import { PricesSection } from './PricesSection';
import { numberSpecAt } from './schema-meta';
import { SeasonSection } from './SeasonSection';
import { SiteSection } from './SiteSection';
import { TechTable } from './TechTable';

const SECTIONS: readonly EditorSection[] = ['technologies', 'demand', 'site', 'season', 'prices', 'policies'];

function Body({ section }: { section: EditorSection }) {
  switch (section) {
    case 'site':
      return <SiteSection />;
    case 'demand':
      return <DemandSection />;
    case 'season':
      return <SeasonSection />;
    case 'technologies':
      return <TechTable />;
    case 'prices':
      return <PricesSection />;
    case 'policies':
      return <PoliciesSection />;
  }
}

export function Editor() {
  const t = useT();
  const section = useApp((s) => s.editorSection);
  const setSection = useApp((s) => s.setEditorSection);
  const issues = useApp((s) => s.issues);
  const lang = useApp((s) => s.lang);
  const raw = useApp((s) => s.scenario);
  return (
    <div className="editor">
      <Tabs
        label={t('editor.sections')}
        idBase="editor"
        className="subtabs"
        items={SECTIONS.map((k) => ({
          key: k,
          label: t(`editor.${k}` as MessageKey),
          testId: `section-${k}`,
        }))}
        value={section}
        onChange={setSection}
      />
      {issues.length > 0 ? (
        <details className="issues" open data-testid="issues">
          <summary>
            {t('editor.issues', { n: issues.length })} — {t('editor.issuesHint')}
          </summary>
          <ul>
            {issues.slice(0, 20).map((i, k) => {
              const path = parsePath(i.path);
              const text = path ? issueText(i, getAt(raw, path), numberSpecAt(path, raw), lang) : i.message;
              const place = path ? issuePlace(path, raw, lang) : null;
              return (
                <li key={k}>
                  {place ? <strong>{place}</strong> : null} <code>{i.path}</code> {text}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      <div
        role="tabpanel"
        id="editor-panel"
        aria-labelledby={`editor-tab-${section}`}
        className="editor-body"
      >
        <Body section={section} />
      </div>
    </div>
  );
}
