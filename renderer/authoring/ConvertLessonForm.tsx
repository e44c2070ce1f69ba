// A captured lesson becomes course content here: the trainer picks where it goes (tactic, question, case step).
import { useId, useState, type FormEvent } from 'react';
import type { LessonView } from '../../core/api/authoringContract';
import type { ApiArgs } from '../../core/api/contract';
import { FormProblem, messageOf, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { navigate } from '../routing/useRoute';
import { useApi } from '../state/ApiContext';
import { useNotify } from '../state/ToastContext';
import { useApiQuery } from '../state/useApiQuery';
import { useBusyAction } from '../state/useBusyAction';

type TargetKind = ApiArgs<'convertLesson'>['target']['kind'];
const TARGET_KINDS: TargetKind[] = ['tactic', 'question', 'case-step'];
const KIND_OF_TARGET = { tactic: 'playbook', question: 'quiz', 'case-step': 'case' } as const;

interface Choice {
  value: string;
  label: string;
}

/**
 * Turns a lesson into a tactic at the end of a playbook section, a scenario question in a quiz, or a decision
 * step in a case, chosen from the catalog in the lesson's language; then opens the result in the editor at its line.
 */
export function ConvertLessonForm({ lesson }: { lesson: LessonView }) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const ids = useId();
  const lang = lesson.lang;
  const [kind, setKind] = useState<TargetKind>('tactic');
  const [itemId, setItemId] = useState('');
  const [detail, setDetail] = useState('');
  const { busy, problem, setProblem, run } = useBusyAction();
  const catalog = useApiQuery(() => api.getCatalog({ lang }), [api, lang]);

  // The second picker: a playbook's sections (for a tactic, or the section a question teaches from) or a case's steps.
  const details = useApiQuery<Choice[]>(async () => {
    if (!itemId) return [];
    if (kind === 'case-step') {
      const source = await api.readSource({ kind: 'case', id: itemId, lang });
      return (await api.caseGraph({ text: source.text })).nodes.map((node) => ({ value: node.id, label: node.id }));
    }
    const playbookId = kind === 'tactic' ? itemId : catalog.state.data?.quizzes.find((quiz) => quiz.id === itemId)?.playbook;
    if (!playbookId) return [];
    const playbook = await api.getPlaybook({ id: playbookId, lang });
    return playbook.toc.map((entry) => ({ value: kind === 'tactic' ? entry.anchor : `${playbookId}#${entry.anchor}`, label: entry.title }));
  }, [api, kind, itemId, lang, catalog.state.data]);

  const choose = (nextKind: TargetKind) => {
    setKind(nextKind);
    setItemId('');
    setDetail('');
    setProblem(null);
  };

  const target = (): ApiArgs<'convertLesson'>['target'] | string => {
    if (!itemId) return t('convert.itemMissing');
    if (kind === 'tactic') return detail ? { kind, playbookId: itemId, lang, section: detail } : t('convert.sectionMissing');
    if (kind === 'question') return { kind, quizId: itemId, lang, ...(detail ? { ref: detail } : {}) };
    return { kind, caseId: itemId, lang, ...(detail ? { after: detail } : {}) };
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = target();
    if (typeof chosen === 'string') return setProblem(chosen);
    // The editor opens in place of this form: it stays disabled until then.
    await run(async () => {
      const result = await api.convertLesson({ lessonId: lesson.id, target: chosen });
      notify(t(result.forked ? 'convert.doneForked' : 'convert.done', { path: result.path }));
      navigate({ name: 'editor', doc: { kind: KIND_OF_TARGET[kind], lang, id: itemId }, line: result.line });
    }, { holdBusy: true });
  };

  const items: Choice[] = (() => {
    const data = catalog.state.data;
    if (!data) return [];
    if (kind === 'tactic') return data.playbooks.filter((p) => p.lang === lang && !p.fallback).map((p) => ({ value: p.id, label: p.title }));
    if (kind === 'question') return data.quizzes.filter((q) => q.lang === lang).map((q) => ({ value: q.id, label: q.title }));
    return data.cases.filter((c) => c.lang === lang).map((c) => ({ value: c.id, label: c.title }));
  })();
  const detailLabel = kind === 'tactic' ? 'convert.section' : kind === 'question' ? 'convert.ref' : 'convert.after';

  return (
    <form className="convert-form" onSubmit={onSubmit} aria-busy={busy} noValidate>
      <fieldset className="convert-kinds">
        <legend className="feedback-subtitle">{t('convert.title')}</legend>
        <div className="segmented">
          {TARGET_KINDS.map((option) => (
            <label key={option} className={`segment${kind === option ? ' is-checked' : ''}`}>
              <input type="radio" name={`${ids}-kind`} value={option} checked={kind === option} onChange={() => choose(option)} />
              {t(`convert.kind.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <QueryView query={catalog}>
        {() => (
          <div className="field-row">
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-item`}>
                {t(`convert.item.${kind}`)}
              </label>
              <select
                id={`${ids}-item`}
                className="select"
                value={itemId}
                onChange={(event) => {
                  setItemId(event.target.value);
                  setDetail('');
                  setProblem(null);
                }}
              >
                <option value="">{t('convert.choose')}</option>
                {items.map((item) => (
                  <option key={item.value} value={item.value}>
                    {item.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-detail`}>
                {t(detailLabel)}
              </label>
              <select id={`${ids}-detail`} className="select" value={detail} disabled={!itemId || details.state.status !== 'ready'} onChange={(event) => setDetail(event.target.value)}>
                <option value="">{t(kind === 'tactic' ? 'convert.choose' : kind === 'question' ? 'convert.noRef' : 'convert.afterElite')}</option>
                {(details.state.data ?? []).map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
              <FormProblem message={details.state.status === 'error' ? messageOf(details.state.error, t('state.errorUnknown')) : null} />
            </div>
          </div>
        )}
      </QueryView>
      <FormProblem message={problem} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('convert.submit')}
        </button>
      </div>
    </form>
  );
}
