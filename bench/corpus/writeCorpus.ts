// Writes generated playbooks as the Markdown files trainers author, so start-up can be measured through the
// real loader (front matter, `## ` sections, `:::` containers).
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { GeneratedPlaybook } from './generateCorpus';

export function playbookMarkdown(playbook: GeneratedPlaybook): string {
  const front = stringify({
    id: playbook.id,
    title: playbook.title,
    lang: playbook.lang,
    summary: playbook.summary,
    roles: playbook.roles,
    stages: playbook.stages,
    tags: playbook.tags,
  });
  return `---\n${front}---\n${playbook.body}`;
}

/**
 * A day before the run: start-up treats files modified within the last seconds as possibly still changing and
 * does not cache them, which a workspace a trainer opens rarely holds.
 */
const WRITTEN_AT = new Date(Date.now() - 24 * 3600 * 1000);

/** Writes each playbook to `<root>/playbooks/<lang>/<id>.md`. */
export function writePlaybooks(root: string, playbooks: readonly GeneratedPlaybook[]): void {
  for (const playbook of playbooks) {
    const dir = path.join(root, 'playbooks', playbook.lang);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${playbook.id}.md`);
    writeFileSync(file, playbookMarkdown(playbook));
    utimesSync(file, WRITTEN_AT, WRITTEN_AT);
  }
}
