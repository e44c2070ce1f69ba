// A playbook section that changed, the questions and case steps that refer to it, and accepting the change once they are checked.
import type { StaleReference } from '../../core/authoring/staleReferences';
import { SectionChangeTexts } from '../git/SectionChangeTexts';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import type { FreshnessAction } from './useFreshnessAction';

export function StaleCard({ stale, action }: { stale: StaleReference; action: FreshnessAction }) {
  const api = useApi();
  const { t } = useI18n();
  const [playbookId = '', anchor] = stale.ref.split('#');
  return (
    <li className="card stale-card">
      <div className="stale-head">
        <p>
          {t('freshness.sectionChanged')}{' '}
          <a href={formatRoute({ name: 'playbook', id: playbookId, ...(anchor ? { anchor } : {}) })}>
            <code>{stale.ref}</code>
          </a>{' '}
          <span className="hint">{stale.lang}</span>
        </p>
        <button
          type="button"
          className="button button-small"
          disabled={action.busy}
          aria-label={t('freshness.acceptNamed', { ref: stale.ref })}
          onClick={() =>
            action.run(async () => {
              await api.acceptSectionChange({ ref: stale.ref, lang: stale.lang });
              return t('freshness.accepted', { ref: stale.ref });
            })
          }
        >
          {t('freshness.accept')}
        </button>
      </div>
      <SectionChangeTexts sectionRef={stale.ref} lang={stale.lang} />
      <ul className="stale-referrers">
        {stale.referrers.map((referrer, i) => (
          <li key={`${referrer.kind}:${referrer.id}:${i}`}>
            <a href={formatRoute({ name: 'editor', doc: { kind: referrer.kind === 'question' ? 'quiz' : 'case', lang: stale.lang, id: referrer.id }, line: referrer.line })}>
              {referrer.kind === 'question' ? t('freshness.question', { question: referrer.detail, quiz: referrer.id }) : t('freshness.caseLesson', { id: referrer.id })}
            </a>
            <span className="hint"> · {t('editor.line', { line: referrer.line })}</span>
            {referrer.kind === 'case' && <p className="hint stale-detail">{referrer.detail}</p>}
          </li>
        ))}
      </ul>
    </li>
  );
}
