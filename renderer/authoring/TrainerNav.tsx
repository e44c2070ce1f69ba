// The trainer's entries in the sidebar, shown by role, so learners are not distracted by authoring tools.
import type { IconName } from '../components/Icon';
import { Icon } from '../components/Icon';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute, type Route, type RouteName } from '../routing/routes';
import { useSession } from '../state/SessionContext';
import { isTrainer } from './trainerRoles';

const entries: { route: Route; icon: IconName; label: MessageKey }[] = [
  { route: { name: 'editor' }, icon: 'edit', label: 'trainerNav.editor' },
  { route: { name: 'lessons' }, icon: 'inbox', label: 'trainerNav.lessons' },
  { route: { name: 'freshness' }, icon: 'freshness', label: 'trainerNav.freshness' },
];

/**
 * The sidebar's trainer tools, for the roles that keep the course (managers), and "Capture a lesson" for everyone:
 * any rep may have something worth keeping.
 */
export function TrainerNav({ current }: { current: RouteName }) {
  const { t } = useI18n();
  const { profile } = useSession();
  return (
    <>
      {isTrainer(profile.role) && (
        <div className="nav-group">
          <p className="nav-group-title" id="trainer-nav-title">
            {t('trainerNav.group')}
          </p>
          <ul className="nav-list" aria-labelledby="trainer-nav-title">
            {entries.map(({ route, icon, label }) => (
              <li key={route.name}>
                <a className="nav-link" href={formatRoute(route)} aria-current={route.name === current ? 'page' : undefined}>
                  <Icon name={icon} />
                  <span className="nav-text">{t(label)}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <a className="nav-action" href={formatRoute({ name: 'capture' })} aria-current={current === 'capture' ? 'page' : undefined}>
        <Icon name="plus" />
        <span className="nav-text">{t('trainerNav.capture')}</span>
      </a>
    </>
  );
}
