// The export panel: reports (PDF/HTML), Excel, CSV, the LP itself and the scenario JSON.
import { useState } from 'react';
import { save } from '../../app/files';
import { useApp } from '../../store';
import { useT, type MessageKey } from '../i18n';
import { runExport, type ExportChoice } from './exports';

const CHOICES: readonly (ExportChoice & { label: MessageKey; id: string })[] = [
  { id: 'proposal', format: 'pdf', reportType: 'proposal', label: 'report.proposal' },
  { id: 'technical', format: 'pdf', reportType: 'technical', label: 'report.technical' },
  { id: 'html', format: 'html', reportType: 'technical', label: 'report.html' },
  { id: 'xlsx', format: 'xlsx', label: 'report.xlsx' },
  { id: 'xlsx-compare', format: 'xlsx', withCompared: true, label: 'report.xlsxCompare' },
  { id: 'csv', format: 'csv', label: 'report.csv' },
  { id: 'inputs', format: 'inputs-csv', label: 'report.inputs' },
  { id: 'lp', format: 'lp', label: 'report.lp' },
  { id: 'mps', format: 'mps', label: 'report.mps' },
];

export function ReportPanel() {
  const t = useT();
  const valid = useApp((s) => s.valid);
  const compared = useApp((s) => s.compareIds.length);
  const info = useApp((s) => s.appInfo);
  const [busy, setBusy] = useState<string | null>(null);
  const go = async (c: (typeof CHOICES)[number]) => {
    setBusy(c.id);
    try {
      await runExport(c);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="report">
      <h2>{t('report.title')}</h2>
      <p>{t('report.lead')}</p>
      {!valid ? <p className="field-error">{t('report.invalid')}</p> : null}
      <div className="export-grid">
        {CHOICES.filter((c) => !c.withCompared || compared > 0).map((c) => (
          <button
            key={c.id}
            type="button"
            className="export-btn"
            disabled={!valid || busy !== null}
            onClick={() => void go(c)}
            data-testid={`export-${c.id}`}
          >
            {busy === c.id ? t('report.running') : t(c.label)}
          </button>
        ))}
        <button
          type="button"
          className="export-btn"
          onClick={() => void save(true)}
          data-testid="export-json"
        >
          {t('report.json')}
        </button>
      </div>
      {info?.weatherAttribution ? (
        <p className="hint">
          {t('report.attribution')}: {info.weatherAttribution}
        </p>
      ) : null}
    </div>
  );
}
