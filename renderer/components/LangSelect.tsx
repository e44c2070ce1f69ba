// The one content-language picker: a menu in forms and filters, side-by-side segments where the choice is prominent.
import { LANGS, type Lang } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';
import { SegmentedChoice } from './SegmentedChoice';

interface LangSelectProps<V extends Lang | ''> {
  /** The menu's id, or the segments' radio group name. */
  id: string;
  value: V;
  onChange: (lang: V) => void;
  /** Offers "any language" as the empty value (filters; menu only). */
  anyLabel?: string;
  look?: 'menu' | 'segments';
}

export function LangSelect<V extends Lang | ''>({ id, value, onChange, anyLabel, look = 'menu' }: LangSelectProps<V>) {
  const { t } = useI18n();
  // Each language's name is written in that language, so it is tagged for screen readers and fonts.
  const name = (lang: Lang) => <span lang={lang}>{t(`lang.${lang}`)}</span>;
  // The options are LANGS (and '' only with anyLabel), so a chosen value is a V.
  if (look === 'segments') return <SegmentedChoice<Lang | ''> name={id} options={LANGS} value={value} onChange={(lang) => onChange(lang as V)} label={(lang) => (lang ? name(lang) : null)} />;
  return (
    <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value as V)}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {LANGS.map((lang) => (
        <option key={lang} value={lang}>
          {t(`lang.${lang}`)}
        </option>
      ))}
    </select>
  );
}
