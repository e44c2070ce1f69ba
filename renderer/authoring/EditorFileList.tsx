// The editor's file picker: a trainer finds the item to edit among hundreds by kind, language and words.
import { useId, useState } from 'react';
import type { ContentKind, Lang } from '../../core/model';
import { LangSelect } from '../components/LangSelect';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { docKey, EDITABLE_KINDS, type EditorDoc } from './editorRoute';
import type { EditorItem } from './useEditorItems';

const kindOrder = (kind: ContentKind) => (EDITABLE_KINDS as readonly ContentKind[]).indexOf(kind);

/** Every item the editor can open (the UI's language first), filtered by kind, language and words of its title or id. */
export function EditorFileList({ items, current }: { items: readonly EditorItem[]; current: EditorDoc | undefined }) {
  const { t, lang: uiLang } = useI18n();
  const ids = useId();
  const [kind, setKind] = useState<ContentKind | ''>('');
  const [lang, setLang] = useState<Lang | ''>('');
  const [words, setWords] = useState('');
  const needle = words.trim().toLowerCase();
  const shown = items
    .filter((item) => (!kind || item.kind === kind) && (!lang || item.lang === lang))
    .filter((item) => !needle || item.title.toLowerCase().includes(needle) || item.id.includes(needle))
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || Number(b.lang === uiLang) - Number(a.lang === uiLang) || a.title.localeCompare(b.title, uiLang));
  const currentKey = current ? docKey(current) : '';

  return (
    <nav className="file-list" aria-label={t('editor.files')}>
      <div className="file-filters">
        <label className="sr-only" htmlFor={`${ids}-kind`}>
          {t('editor.filterKind')}
        </label>
        <select id={`${ids}-kind`} className="select" value={kind} onChange={(event) => setKind(event.target.value as ContentKind | '')}>
          <option value="">{t('editor.allKinds')}</option>
          {EDITABLE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`editor.kind.${option}`)}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor={`${ids}-lang`}>
          {t('editor.filterLang')}
        </label>
        <LangSelect id={`${ids}-lang`} value={lang} onChange={setLang} anyLabel={t('editor.allLangs')} />
        <label className="sr-only" htmlFor={`${ids}-words`}>
          {t('editor.filterWords')}
        </label>
        <input id={`${ids}-words`} className="input" type="search" placeholder={t('editor.filterWords')} value={words} onChange={(event) => setWords(event.target.value)} />
      </div>
      <p className="hint file-count">{t('editor.fileCount', { count: shown.length, total: items.length })}</p>
      <ul className="file-entries">
        {shown.map((item) => {
          const key = docKey(item);
          return (
            <li key={key}>
              <a
                className="file-entry"
                href={formatRoute({ name: 'editor', doc: { kind: item.kind, lang: item.lang, id: item.id } })}
                aria-current={key === currentKey ? 'page' : undefined}
              >
                <span className="file-entry-title">{item.title}</span>
                <span className="file-entry-meta">
                  <span className={`badge badge-${item.kind}`}>{t(`editor.kind.${item.kind}`)}</span>
                  <span className="file-entry-lang">{item.lang}</span>
                  {item.status && <span className={`file-entry-status status-${item.status}`}>{t(`lessons.status.${item.status}`)}</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
