// Narrowing the library by role, stage, tag and words in the title or summary.
import { useId } from 'react';
import type { Catalog, PlaybookSummary } from '../../core/api/contract';
import type { RoleId } from '../../core/model';
import { RoleSelect } from '../components/RoleSelect';
import { useI18n } from '../i18n/I18nContext';

export interface Filters {
  role: RoleId | '';
  stage: string;
  tag: string;
  text: string;
}

export const noFilters: Filters = { role: '', stage: '', tag: '', text: '' };

export function matchesFilters(playbook: PlaybookSummary, filters: Filters): boolean {
  const text = filters.text.trim().toLowerCase();
  return (
    (!filters.role || playbook.roles.includes(filters.role)) &&
    (!filters.stage || playbook.stages.includes(filters.stage)) &&
    (!filters.tag || playbook.tags.includes(filters.tag)) &&
    (!text || `${playbook.title} ${playbook.summary}`.toLowerCase().includes(text))
  );
}

export function isFiltered(filters: Filters): boolean {
  return filters.role !== '' || filters.stage !== '' || filters.tag !== '' || filters.text !== '';
}

interface LibraryFiltersProps {
  catalog: Catalog;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function LibraryFilters({ catalog, filters, onChange }: LibraryFiltersProps) {
  const { t } = useI18n();
  const ids = useId();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
      <div className="toolbar" role="search" aria-label={t('library.filters')}>
      <div className="toolbar-field">
        <label htmlFor={`${ids}-text`}>{t('library.filterText')}</label>
        <input id={`${ids}-text`} className="input" type="search" value={filters.text} onChange={(e) => set({ text: e.target.value })} />
      </div>
      <div className="toolbar-field">
        <label htmlFor={`${ids}-role`}>{t('library.role')}</label>
        <RoleSelect id={`${ids}-role`} value={filters.role} onChange={(role) => set({ role })} anyLabel={t('library.anyRole')} />
      </div>
      <div className="toolbar-field">
        <label htmlFor={`${ids}-stage`}>{t('library.stage')}</label>
        <select id={`${ids}-stage`} className="select" value={filters.stage} onChange={(e) => set({ stage: e.target.value })}>
          <option value="">{t('library.anyStage')}</option>
          {catalog.stages.map((stage) => (
            <option key={stage} value={stage}>
              {stage}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor={`${ids}-tag`}>{t('library.tag')}</label>
        <select id={`${ids}-tag`} className="select" value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
          <option value="">{t('library.anyTag')}</option>
          {catalog.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      {isFiltered(filters) && (
        <button type="button" className="button button-ghost" onClick={() => onChange(noFilters)}>
          {t('library.clear')}
        </button>
      )}
    </div>
  );
}
