// Hostile and careless content, generated: each case is a content root of one file that once made the loader
// slow, hungry or crash. Used by pathologicalContent.test.ts (the work completes with the right diagnostics) and
// bench/pathologicalBench.ts (time and memory of `pbt check` on each).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PathologicalCase {
  name: string;
  /** The one file of the case, inside its content root. */
  file: string;
  content: () => string | Buffer;
  /** A diagnostic message of the file matches this; undefined when the file must load without errors. */
  expect?: RegExp;
}

const front = (id: string) => `---\nid: ${id}\ntitle: ${id}\nlang: en\n---\n\nIntro.\n\n`;
const playbook = (id: string, body: string) => ({ file: `playbooks/${id}.md`, content: () => front(id) + body });
const times = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join('');

function quiz(questions: number): string {
  const items = times(questions, (i) => `  - id: q-${i}\n    type: truefalse\n    prompt: "Statement ${i}"\n    answer: true\n    explain: Because.\n`);
  return `id: huge-quiz\nlang: en\ntitle: Huge\nplaybook: huge\nquestions:\n${items}`;
}

/** A case of `steps` steps: each leads to the next and the last back to the first (cycle), or the first to all others (fan); all may end. */
function caseOf(steps: number, shape: 'cycle' | 'fan'): string {
  const id = (i: number) => `s-${i}`;
  const option = (next: string, elite: boolean) =>
    `          - text: Go to ${next}\n            points: ${elite ? 3 : 0}\n            elite: ${elite}\n            outcome: Went.\n            next: ${next}\n`;
  const step = (i: number) => {
    const targets = shape === 'cycle' ? [id((i + 1) % steps), 'end'] : i === 0 ? Array.from({ length: steps - 1 }, (_, k) => id(k + 1)) : ['end', 'end'];
    return `  - id: ${id(i)}\n    narrative: Step ${i}.\n    commentary: Why.\n    decision:\n      prompt: Which?\n      options:\n${targets.map((target, k) => option(target, k === 0)).join('')}`;
  };
  return `id: ${shape}-case\nlang: en\ntitle: ${shape}\nstart: s-0\nsteps:\n${times(steps, step)}debrief: Done.\n`;
}

export const PATHOLOGICAL_CASES: PathologicalCase[] = [
  { name: '100k identical headings', ...playbook('same-headings', times(100_000, () => '## Same\n\n')), expect: /more than 5,000 headings/ },
  { name: '100k distinct headings', ...playbook('distinct-headings', times(100_000, (i) => `## H${i}\n\n`)), expect: /more than 5,000 headings/ },
  { name: '5,000-deep nested lists', ...playbook('deep-lists', `${'- '.repeat(5_000)}x\n`), expect: /nested deeper than/ },
  { name: '5,000-deep blockquotes', ...playbook('deep-quotes', `${'>'.repeat(5_000)} x\n`), expect: /nested deeper than/ },
  { name: '50k brackets', ...playbook('brackets', `## B\n\n${'['.repeat(50_000)}x${']'.repeat(50_000)}\n`) },
  { name: '100k emphasis markers', ...playbook('emphasis', `## E\n\n${'*a'.repeat(50_000)}_${'_a'.repeat(50_000)}\n`) },
  { name: '1 MB line', ...playbook('long-line', `## L\n\n${'word '.repeat(200_000)}\n`) },
  { name: '10 MB playbook', ...playbook('ten-mb', times(100_000, (i) => `## S${i % 1000}\n\n${'text '.repeat(20)}\n\n`)), expect: /larger than 2,000,000 characters/ },
  {
    name: 'invalid UTF-8',
    file: 'playbooks/gbk.md',
    content: () => Buffer.concat([Buffer.from(front('gbk')), Buffer.from('## \xc4\xe3\xba\xc3\n', 'latin1')]),
    expect: /not valid UTF-8/,
  },
  { name: '10,000 questions', file: 'content/quizzes/huge.yaml', content: () => quiz(10_000), expect: /"questions" can have at most 1000 items/ },
  { name: '1,000-step case (cycle)', file: 'content/cases/cycle.yaml', content: () => caseOf(1_000, 'cycle'), expect: /the elite path loops back to step "s-0"/ },
  { name: '1,000-step case (fan)', file: 'content/cases/fan.yaml', content: () => caseOf(1_000, 'fan') },
  {
    name: 'YAML alias bomb',
    file: 'content/quizzes/bomb.yaml',
    content: () => `a: &a [x, x, x, x, x, x, x, x, x]\n${times(8, (i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]\n`)}`,
    expect: /YAML: too many aliases/,
  },
];

/** 20k GIFT questions of one name: every id after the first is de-duplicated. */
export function giftOfIdenticalNames(count: number): string {
  return times(count, () => '::Same:: Is this true? {T}\n\n');
}

/** Writes the case's file into a fresh content root under `dir` and returns the root. */
export function writeCase(dir: string, pathological: PathologicalCase): string {
  const root = path.join(dir, pathological.name.replace(/[^a-z0-9]+/gi, '-'));
  const file = path.join(root, ...pathological.file.split('/'));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, pathological.content());
  return root;
}
