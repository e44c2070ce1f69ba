// The meeting prep screen (route `prep`): the learner's prep sheets and the open one.
import { useEffect } from 'react';
import type { PrepSheet, PrepSheetView } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { PrepSheetEditor } from '../prep/PrepSheetEditor';
import { useSheetChanges } from '../prep/prepSheetEvents';
import { formatRoute } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';
import { useBusyAction } from '../state/useBusyAction';

/** Meeting prep: the learner's sheets on the left, the open one on the right. */
export function PrepScreen({ sheetId }: { sheetId?: string }) {
  const api = useApi();
  const { t, date } = useI18n();
  const { profile, activeSheetId, setActiveSheetId } = useSession();
  const { run } = useBusyAction('toast');
  const sheets = useApiQuery(() => api.listPrepSheets({ profileId: profile.id }), [api, profile.id]);
  const list = sheets.state.data ?? [];
  // Without an id in the URL, open the sheet pins went to last, else the newest.
  const openId = sheetId ?? (list.some((s) => s.id === activeSheetId) ? activeSheetId : list[0]?.id);

  useEffect(() => {
    if (openId) setActiveSheetId(openId);
  }, [openId, setActiveSheetId]);

  const createSheet = () =>
    run(async () => {
      const created = await api.savePrepSheet({
        profileId: profile.id,
        sheet: { title: t('prep.newTitle'), customer: '', date: '', goal: '', notes: '', items: [], checked: [] },
      });
      navigate({ name: 'prep', sheetId: created.id });
    });

  const onSaved = (saved: PrepSheetView) => {
    const { itemViews: _views, ...summary } = saved;
    sheets.set(list.some((s) => s.id === saved.id) ? list.map((s) => (s.id === saved.id ? summary : s)) : [summary, ...list]);
  };
  // A pin from the palette while this page is open: the list and the open sheet show it at once.
  useSheetChanges(onSaved);

  const onDeleted = (deletedId: string) => {
    setActiveSheetId(undefined);
    sheets.set(list.filter((s) => s.id !== deletedId));
    if (sheetId) navigate({ name: 'prep' });
  };

  return (
    <div className="page">
      <PageHeader
        title={t('prep.title')}
        subtitle={t('prep.subtitle')}
        actions={
          <button type="button" className="button button-primary" onClick={createSheet}>
            <Icon name="plus" />
            {t('prep.new')}
          </button>
        }
      />
      <QueryView query={sheets}>
        {(data) =>
          data.length === 0 ? (
            <EmptyState
              title={t('prep.emptyTitle')}
              action={
                <button type="button" className="button button-primary" onClick={createSheet}>
                  {t('prep.new')}
                </button>
              }
            >
              {t('prep.emptyBody')}
            </EmptyState>
          ) : (
            <div className="prep-layout">
              <nav className="sheet-list no-print" aria-label={t('prep.sheets')}>
                <ul>
                  {data.map((sheet: PrepSheet) => (
                    <li key={sheet.id}>
                      <a className="sheet-link" href={formatRoute({ name: 'prep', sheetId: sheet.id })} aria-current={sheet.id === openId ? 'page' : undefined}>
                        <span className="sheet-link-title">{sheet.title || t('prep.untitled')}</span>
                        <span className="sheet-link-meta">
                          {[sheet.customer, sheet.date && date(sheet.date)].filter(Boolean).join(' · ') || t('prep.itemCount', { count: sheet.items.length })}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              {openId && <OpenSheet key={openId} sheetId={openId} onSaved={onSaved} onDeleted={onDeleted} />}
            </div>
          )
        }
      </QueryView>
    </div>
  );
}

interface OpenSheetProps {
  sheetId: string;
  onSaved: (sheet: PrepSheetView) => void;
  onDeleted: (sheetId: string) => void;
}

function OpenSheet({ sheetId, onSaved, onDeleted }: OpenSheetProps) {
  const api = useApi();
  const { profile } = useSession();
  const sheet = useApiQuery(() => api.getPrepSheet({ profileId: profile.id, sheetId }), [api, profile.id, sheetId]);
  return <QueryView query={sheet}>{(view) => <PrepSheetEditor sheet={view} onSaved={onSaved} onDeleted={onDeleted} />}</QueryView>;
}
