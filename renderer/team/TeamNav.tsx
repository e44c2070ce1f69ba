// The sidebar's "Team" entry, shown only to profiles with the team capability.
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute, type RouteName } from '../routing/routes';
import { useSession } from '../state/SessionContext';

export function TeamNav({ current }: { current: RouteName }) {
  const { t } = useI18n();
  const { profile } = useSession();
  if (profile.canViewTeam !== true) return null;
  return (
    <ul className="nav-list">
      <li>
        <a className="nav-link" href={formatRoute({ name: 'team' })} aria-current={current === 'team' ? 'page' : undefined}>
          <Icon name="progress" />
          <span className="nav-text">{t('nav.team')}</span>
        </a>
      </li>
    </ul>
  );
}
