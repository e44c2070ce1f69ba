import type { LearningPath, PathModule } from '../model';
import { didYouMean } from './nearestName';
import { parseResult, readYamlItem, referenceAt, type ContentReference, type ContentSource, type ParseResult } from './parseResult';
import { pathSchema } from './schemas';

const MODULE_KINDS = ['playbook', 'quiz', 'case'] as const;

export function parsePath(text: string, source: ContentSource): ParseResult<LearningPath> {
  const { yaml, value, diagnostics } = readYamlItem(text, source.file, pathSchema);
  if (!value) return { diagnostics };
  const error = (path: (string | number)[], message: string) => {
    diagnostics.push(yaml.diagnostic(path, 'error', message));
  };
  const competencyIds = new Set<string>();
  value.competencies.forEach((c, i) => {
    if (competencyIds.has(c.id)) error(['competencies', i, 'id'], `duplicate competency id "${c.id}"`);
    competencyIds.add(c.id);
  });
  const modules: PathModule[] = [];
  const references: ContentReference[] = [];
  const used = new Set<string>();
  value.modules.forEach((written, i) => {
    const kinds = MODULE_KINDS.filter((kind) => written[kind] !== undefined);
    if (kinds.length !== 1) {
      error(['modules', i], `a module names exactly one of playbook, quiz or case (found ${kinds.length ? kinds.join(' and ') : 'none'})`);
      return;
    }
    const kind = kinds[0]!;
    if (!competencyIds.has(written.competency)) {
      const hint = didYouMean(written.competency, competencyIds) || `; competencies are: ${[...competencyIds].join(', ')}`;
      error(['modules', i, 'competency'], `competency "${written.competency}" is not listed under "competencies"${hint}`);
    }
    const key = `${kind}:${written[kind]}`;
    if (used.has(key)) diagnostics.push(yaml.diagnostic(['modules', i], 'warning', `${kind} "${written[kind]}" is already a module of this path`));
    used.add(key);
    modules.push({ kind, id: written[kind]!, competency: written.competency });
    references.push(referenceAt(yaml, ['modules', i, kind], kind, written[kind]!));
  });
  // Only once the modules are right: a misspelt module competency would otherwise also show up here.
  const modulesOk = !diagnostics.some((d) => d.severity === 'error');
  value.competencies.forEach((c, i) => {
    if (modulesOk && !modules.some((m) => m.competency === c.id)) {
      diagnostics.push(yaml.diagnostic(['competencies', i], 'warning', `competency "${c.id}" has no module, so readiness in it can never be shown`));
    }
  });
  return parseResult<LearningPath>(
    { kind: 'path', id: value.id, lang: value.lang, role: value.role, title: value.title, competencies: value.competencies, modules, source: { ...source, line: 1 } },
    diagnostics,
    yaml.at(['id']),
    references,
  );
}
