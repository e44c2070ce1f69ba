// The one role picker (settings, new profiles, library and search filters, a new learning path), so roles are listed and named once.
import { ROLES, type RoleId } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';

interface RoleSelectProps<V extends RoleId | ''> {
  id: string;
  value: V;
  onChange: (role: V) => void;
  /** Offers "any role" as the empty value (filters). */
  anyLabel?: string;
}

export function RoleSelect<V extends RoleId | ''>({ id, value, onChange, anyLabel }: RoleSelectProps<V>) {
  const { t } = useI18n();
  return (
    // The options are ROLES (and '' only with anyLabel), so the value is a V.
    <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value as V)}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </select>
  );
}
