// Freshness: the old and new text of a changed section, so the trainer sees what changed before accepting it.
// The old text comes from Git history (the app itself keeps only fingerprints of accepted sections).
import type { Lang } from '../../core/model';
import type { SectionChangeText } from '../../core/git/gitStatus';
import { QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { TextSides } from './PartChangeView';
import './changes.css';

export function SectionChangeTexts({ sectionRef, lang }: { sectionRef: string; lang: Lang }) {
  const api = useApi();
  const query = useApiQuery(() => api.sectionChangeText({ ref: sectionRef, lang }), [api, sectionRef, lang]);
  return <QueryView query={query}>{(texts) => <Sides texts={texts} />}</QueryView>;
}

function Sides({ texts }: { texts: SectionChangeText }) {
  const { t, date } = useI18n();
  const from = texts.beforeFrom;
  const beforeLabel = from
    ? t(from.accepted ? 'git.beforeAccepted' : 'git.beforeLastCommit', { date: date(from.date), commit: from.commit.slice(0, 7) })
    : t('git.beforeUnknown');
  return (
    <div className="stale-texts">
      <TextSides before={texts.before} after={texts.after} beforeLabel={beforeLabel} afterLabel={t('git.afterNow')} />
      {!from && <p className="hint">{t('git.beforeNeedsGit')}</p>}
    </div>
  );
}
