// The learning path the team is measured on: one role's path, or every path of the language taken together
// (each competency once, with every module that trains it in any path), for a team of mixed roles.
import type { Lang, LearningPath } from '../model';
import { findItem } from '../content/findItem';

export const ALL_PATHS = 'all';

export function teamPath(paths: readonly LearningPath[], lang: Lang, pathId: string = ALL_PATHS): LearningPath | undefined {
  if (pathId !== ALL_PATHS) return findItem(paths, pathId, lang);
  const own = paths.filter((path) => path.lang === lang);
  const chosen = own.length > 0 ? own : paths;
  const first = chosen[0];
  if (!first) return undefined;
  const competencies = new Map<string, LearningPath['competencies'][number]>();
  const modules = new Map<string, LearningPath['modules'][number]>();
  for (const path of chosen) {
    for (const competency of path.competencies) if (!competencies.has(competency.id)) competencies.set(competency.id, competency);
    for (const module of path.modules) modules.set(`${module.kind}|${module.id}|${module.competency}`, module);
  }
  return { ...first, id: ALL_PATHS, title: ALL_PATHS, competencies: [...competencies.values()], modules: [...modules.values()] };
}
