// The app's main navigation, with the due-card count and the trainer's tools for their roles.
import { TrainerNav } from '../authoring/TrainerNav';
import type { IconName } from '../components/Icon';
import { Icon } from '../components/Icon';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute, type Route, type RouteName } from '../routing/routes';
import { useSession } from '../state/SessionContext';
import { TeamNav } from '../team/TeamNav';

const entries: { route: Route; icon: IconName; label: MessageKey }[] = [
  { route: { name: 'home' }, icon: 'home', label: 'nav.home' },
  { route: { name: 'library' }, icon: 'library', label: 'nav.library' },
  { route: { name: 'search', query: '' }, icon: 'search', label: 'nav.search' },
  { route: { name: 'path' }, icon: 'path', label: 'nav.path' },
  { route: { name: 'review' }, icon: 'review', label: 'nav.review' },
  { route: { name: 'cases' }, icon: 'cases', label: 'nav.cases' },
  { route: { name: 'progress' }, icon: 'progress', label: 'nav.progress' },
  { route: { name: 'prep' }, icon: 'prep', label: 'nav.prep' },
  { route: { name: 'settings' }, icon: 'settings', label: 'nav.settings' },
];

export function Sidebar({ current }: { current: RouteName }) {
  const { t } = useI18n();
  const { dueCount } = useSession();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <a className="brand" href={formatRoute({ name: 'home' })}>
        <span className="brand-mark" aria-hidden="true">
          PT
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </a>
      <ul className="nav-list">
        {entries.map(({ route, icon, label }) => (
          <li key={route.name}>
            <a className="nav-link" href={formatRoute(route)} aria-current={route.name === current ? 'page' : undefined}>
              <Icon name={icon} />
              <span className="nav-text">{t(label)}</span>
              {route.name === 'review' && dueCount !== null && dueCount > 0 && (
                <span className="nav-badge">
                  <span aria-hidden="true">{dueCount}</span>
                  <span className="sr-only">{t('nav.dueBadge', { count: dueCount })}</span>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <TeamNav current={current} />
      <TrainerNav current={current} />
    </nav>
  );
}
