// The i18n hook: the translate function of the current language, plus the pure formatters.
import { useMemo } from 'react';
import { useApp } from '../../store';
import { translate, type MessageKey, type Translate, type Vars } from './format';

export * from './format';

/** The translate function of the current language. */
export function useT(): Translate {
  const lang = useApp((s) => s.lang);
  return useMemo(() => (key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}
