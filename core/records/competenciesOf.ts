// The competencies an item counts towards: every learning path module that lists it, in any path and role.
import type { LearningPath, PathModule } from '../model';

export function competenciesOf(paths: readonly LearningPath[], kind: PathModule['kind'], id: string): string[] {
  const found = paths.flatMap((path) => path.modules.filter((module) => module.kind === kind && module.id === id).map((module) => module.competency));
  return [...new Set(found)].sort();
}
