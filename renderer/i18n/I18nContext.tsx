// Every text on screen goes through `t`, so the UI is complete in both languages.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../../core/model';
import { en, type MessageKey, type Messages } from './en';
import { zhCN } from './zh-CN';

const dictionaries: Record<Lang, Messages> = { en, 'zh-CN': zhCN };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  t: Translate;
  percent: (share: number) => string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
}

const PLURAL = /\{(\w+), plural,((?:\s*[a-z]+ \{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /([a-z]+) \{([^{}]*)\}/g;

/**
 * Fills a message: `{name}` placeholders, and ICU-style plurals `{count, plural, one {# card} other {# cards}}`
 * chosen by the language's plural rules (`#` is the number). A placeholder without a value stays visible.
 */
export function interpolate(template: string, vars: Record<string, string | number> = {}, rules = new Intl.PluralRules('en')): string {
  const plurals = template.replace(PLURAL, (whole, name: string, cases: string) => {
    const value = vars[name];
    if (typeof value !== 'number') return whole;
    const forms = new Map(Array.from(cases.matchAll(PLURAL_CASE), (m) => [m[1], m[2]] as const));
    const form = forms.get(rules.select(value)) ?? forms.get('other') ?? whole;
    return form.replace(/#/g, String(value));
  });
  return plurals.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function createI18n(lang: Lang): I18n {
  const messages = dictionaries[lang];
  const pluralRules = new Intl.PluralRules(lang);
  const percentFormat = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const safeDate = (format: Intl.DateTimeFormat, iso: string) => {
    const when = new Date(iso);
    return Number.isNaN(when.getTime()) ? iso : format.format(when);
  };
  return {
    lang,
    // Keys built at run time (a type or state sent by the back end) may be unknown: show the key, never crash.
    t: (key, vars) => interpolate(messages[key] ?? en[key] ?? key, vars, pluralRules),
    percent: (share) => percentFormat.format(share),
    date: (iso) => safeDate(dateFormat, iso),
    dateTime: (iso) => safeDate(dateTimeFormat, iso),
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(lang), [lang]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
