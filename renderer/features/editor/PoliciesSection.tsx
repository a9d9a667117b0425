// Policy constraints (each a switch with a limit) and the solver settings (mode, typical days, backend).
import { useT, type MessageKey } from '../i18n';
import { CheckField, NumberField, SelectField } from './fields';
import { Section } from './Section';

const POLICIES = ['minGeothermalShare', 'co2CapT', 'gasMaxMwh'] as const;

export function PoliciesSection() {
  const t = useT();
  return (
    <>
      <Section title={t('editor.policyTitle')} wide>
        {POLICIES.map((p) => {
          const label = t(`editor.policy.${p}` as MessageKey);
          return (
            <div className="policy-row" key={p}>
              <CheckField path={['policies', p, 'enabled']} label={label} />
              <NumberField path={['policies', p, 'value']} label={label} compact />
            </div>
          );
        })}
      </Section>
      <Section title={t('editor.solver')}>
        <SelectField
          path={['solver', 'mode']}
          label={t('editor.mode')}
          options={[
            { value: 'season', label: t('editor.mode.season') },
            { value: 'representative', label: t('editor.mode.representative') },
          ]}
        />
        <NumberField path={['solver', 'typicalDaysPerPeriod']} label={t('editor.typicalDays')} />
        <SelectField
          path={['solver', 'backend']}
          label={t('editor.backend')}
          options={[
            { value: 'highs', label: 'HiGHS' },
            { value: 'jslp', label: 'javascript-lp-solver' },
          ]}
        />
        <NumberField path={['solver', 'timeLimitSec']} label={t('editor.timeLimit')} />
      </Section>
    </>
  );
}
