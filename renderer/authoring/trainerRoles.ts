// Which roles see the trainer tools, decided once for the sidebar and the routes.
import type { RoleId } from '../../core/model';

/** Managers keep the course: the sidebar offers them the editor, the lesson inbox and freshness. */
export const TRAINER_ROLES: readonly RoleId[] = ['sales-manager', 'regional-manager'];

export function isTrainer(role: RoleId): boolean {
  return TRAINER_ROLES.includes(role);
}
