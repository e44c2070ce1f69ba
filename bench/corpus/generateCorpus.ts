// Deterministic generator of a realistic mixed Chinese/English playbook corpus for the benchmark.
// Playbooks are produced as one seeded stream, so a smaller corpus is always a prefix of a larger one
// and the labelled queries (drawn from the first playbooks) stay valid at every size.
import type { Block, BlockKind, CaseReplay, ContentSet, Lang, Playbook, Quiz, RoleId, Section } from '../../core/model';
import { ROLES } from '../../core/model';
import { exactFingerprint, textFingerprint } from '../../core/content/textFingerprint';
import { slugify } from '../../core/markdown/slugify';
import { Random } from './random';
import type { Topic } from './vocabulary';
import {
  BLOCK_TITLES,
  BRAND_SYLLABLES,
  FILLER,
  INDUSTRIES,
  PEOPLE,
  PRODUCTS,
  STAGES,
  TAGS,
  TOPICS,
  ZH_BRAND_CHARS,
} from './vocabulary';

type Voice = 'en' | 'zh';

/** What the query builder needs to know about each generated section. */
export interface SectionFacts {
  playbookId: string;
  lang: Lang;
  anchor: string;
  topic: Topic;
  brand: string;
  short: string;
  /** Index of the section in the corpus-wide stream. */
  ordinal: number;
}

/** A generated playbook with its Markdown body (the model keeps only offsets into it), written to its file as it is. */
export interface GeneratedPlaybook extends Playbook {
  /** Everything after the front matter, exactly as the parser reads it back from the written file. */
  body: string;
}

export interface GeneratedContent extends ContentSet {
  playbooks: GeneratedPlaybook[];
}

export interface GeneratedCorpus {
  content: GeneratedContent;
  sections: SectionFacts[];
}

const CONTAINER_KINDS: Exclude<BlockKind, 'quote'>[] = ['tactic', 'pitfall', 'example', 'checklist'];
const LONG_SECTION_SHARE = 0.1;

/** A corpus of exactly `sectionCount` sections (about a tenth as many playbooks). */
export function generateCorpus(sectionCount: number, seed = DEFAULT_SEED): GeneratedCorpus {
  return generate((sections) => sections < sectionCount, sectionCount, seed);
}

/** A corpus of exactly `playbookCount` playbooks. */
export function generatePlaybooks(playbookCount: number, seed = DEFAULT_SEED): GeneratedCorpus {
  return generate((_, playbooks) => playbooks < playbookCount, Infinity, seed);
}

const DEFAULT_SEED = 20240611;

function generate(more: (sections: number, playbooks: number) => boolean, maxSections: number, seed: number): GeneratedCorpus {
  const random = new Random(seed);
  const usedBrands = new Set<string>();
  const playbooks: GeneratedPlaybook[] = [];
  const facts: SectionFacts[] = [];
  while (more(facts.length, playbooks.length)) {
    const wanted = Math.min(random.int(8, 12), maxSections - facts.length);
    const { playbook, sections } = generatePlaybook(random, playbooks.length, wanted, usedBrands, facts.length);
    playbooks.push(playbook);
    facts.push(...sections);
  }
  return {
    content: {
      playbooks,
      quizzes: playbooks.filter((_, i) => i % 5 === 0).map(quizFor),
      cases: playbooks.filter((_, i) => i % 10 === 0).map(caseFor),
      paths: [],
      lessons: [],
      glossaries: [],
      diagnostics: [],
    },
    sections: facts,
  };
}

function generatePlaybook(
  random: Random,
  index: number,
  sectionCount: number,
  usedBrands: Set<string>,
  firstOrdinal: number,
): { playbook: GeneratedPlaybook; sections: SectionFacts[] } {
  const voice: Voice = random.chance(0.5) ? 'en' : 'zh';
  const lang: Lang = voice === 'en' ? 'en' : 'zh-CN';
  const { brand, short } = uniqueBrand(random, voice, usedBrands);
  const id = `account-${String(index + 1).padStart(5, '0')}`;
  const topics = random.sample(TOPICS, sectionCount);
  const sections: Section[] = [];
  const blocks: Block[] = [];
  const facts: SectionFacts[] = [];
  const parts: string[] = [];
  let line = 12;
  // The body starts with a blank line; each part is a heading line and the section's Markdown, joined by '\n'.
  let offset = 1;
  topics.forEach((topic, i) => {
    const heading = `## ${topic[voice].title}\n`;
    const generated = generateSection(random, voice, topic, brand, short, line, offset + heading.length);
    sections.push(generated.section);
    blocks.push(...generated.blocks);
    facts.push({ playbookId: id, lang, anchor: generated.section.anchor, topic, brand, short, ordinal: firstOrdinal + i });
    parts.push(heading + generated.markdown);
    line += generated.markdown.split('\n').length;
    offset += heading.length + generated.markdown.length + 1;
  });
  const title = voice === 'en' ? `Selling to ${brand}` : `${brand}销售打法`;
  const summary =
    voice === 'en'
      ? `How the account team wins and keeps ${brand}: ${topics.slice(0, 3).map((t) => t.en.keyword).join(', ')}.`
      : `${brand}客户的打法：${topics.slice(0, 3).map((t) => t.zh.keyword).join('、')}。`;
  const body = `\n${parts.join('\n')}`;
  const playbook: GeneratedPlaybook = {
    kind: 'playbook',
    id,
    lang,
    title,
    summary,
    roles: random.sample(ROLES, random.int(1, 2)) as RoleId[],
    stages: random.sample(STAGES, 2),
    tags: random.sample(TAGS[voice], random.int(1, 3)),
    related: [],
    body,
    bodyHash: textFingerprint(body),
    bodyChecksum: exactFingerprint(body),
    bodyLine: 10,
    sections,
    blocks,
    source: { root: 'generated', file: `playbooks/${id}.md`, line: 1 },
  };
  return { playbook, sections: facts };
}

function generateSection(
  random: Random,
  voice: Voice,
  topic: Topic,
  brand: string,
  short: string,
  line: number,
  start: number,
): { section: Section; blocks: Block[]; markdown: string } {
  const text = topic[voice];
  const fill = (template: string) =>
    template
      .replaceAll('{brand}', brand)
      .replaceAll('{short}', short)
      .replaceAll('{person}', random.pick(PEOPLE[voice]))
      .replaceAll('{product}', random.pick(PRODUCTS[voice]))
      .replaceAll('{days}', String(random.int(3, 60)))
      .replaceAll('{n}', String(random.int(2, 40)));
  const join = voice === 'en' ? ' ' : '';
  const opening =
    voice === 'en'
      ? `This section covers ${text.keyword} for ${brand} and ${random.pick(PRODUCTS.en)}.`
      : `本节介绍${brand}项目中的${text.keyword}，涉及${random.pick(PRODUCTS.zh)}。`;
  const fillerCount = random.chance(LONG_SECTION_SHARE) ? random.int(30, 60) : random.int(2, 6);
  const filler = Array.from({ length: fillerCount }, () => random.pick(FILLER[voice]));
  // Long sections put the topic sentences at the very end: search must find words far into a text.
  const topicSentences = text.sentences.map(fill);
  const paragraphs =
    fillerCount > 20
      ? [opening, filler.join(join), topicSentences.join(join)]
      : [opening + join + topicSentences.join(join), filler.join(join)];
  const anchor = slugify(text.title);
  const kind = random.pick(CONTAINER_KINDS);
  const blockTitle = random.pick(BLOCK_TITLES[voice][kind]);
  const blockLines =
    kind === 'checklist'
      ? random.sample(FILLER[voice], 3).map((s) => `- [ ] ${s}`)
      : [fill(random.pick(text.sentences)), random.pick(FILLER[voice])];
  const blockText = blockLines.map((l) => l.replace('- [ ] ', '')).join(join);
  const blockMarkdown = blockLines.join(kind === 'checklist' ? '\n' : join);
  const beforeBlock = `\n${paragraphs.join('\n\n')}\n\n::: ${kind} ${blockTitle}\n`;
  // What the parser takes as the section: from the blank line after the heading to the blank line before the next.
  const markdown = `${beforeBlock}${blockMarkdown}\n:::\n`;
  const section: Section = {
    anchor,
    title: text.title,
    line,
    start,
    end: start + markdown.length,
    hash: textFingerprint(`${text.title}\n${markdown}`),
    text: `${paragraphs.join('\n')}\n${blockTitle}\n${blockText}`,
    situations: [],
  };
  const block: Block = {
    kind,
    title: blockTitle,
    section: anchor,
    anchor: `${anchor}--${slugify(blockTitle)}`,
    line: line + markdown.split('\n').length - 4,
    start: start + beforeBlock.length,
    end: start + beforeBlock.length + blockMarkdown.length,
    hash: textFingerprint(`${blockTitle}\n${blockMarkdown}`),
    text: blockText,
    situations: [],
  };
  return { section, blocks: [block], markdown };
}

function uniqueBrand(random: Random, voice: Voice, used: Set<string>): { brand: string; short: string } {
  for (;;) {
    const short =
      voice === 'en'
        ? random.pick(BRAND_SYLLABLES.start) + random.pick(BRAND_SYLLABLES.middle) + random.pick(BRAND_SYLLABLES.end)
        : random.sample(ZH_BRAND_CHARS, 2).join('');
    const brand = voice === 'en' ? `${short} ${random.pick(INDUSTRIES.en)}` : short + random.pick(INDUSTRIES.zh);
    // English queries name the customer by its short name, Chinese ones by the full name: keep those unique.
    const name = voice === 'en' ? short : brand;
    if (!used.has(name)) {
      used.add(name);
      return { brand, short };
    }
  }
}

function quizFor(playbook: Playbook): Quiz {
  const en = playbook.lang === 'en';
  return {
    kind: 'quiz',
    id: `${playbook.id}-quiz`,
    lang: playbook.lang,
    title: en ? `Check: ${playbook.title}` : `测验：${playbook.title}`,
    playbook: playbook.id,
    passScore: 0.8,
    questions: [],
    source: { root: 'generated', file: `content/quizzes/${playbook.id}.yaml`, line: 1 },
  };
}

function caseFor(playbook: Playbook): CaseReplay {
  const en = playbook.lang === 'en';
  return {
    kind: 'case',
    id: `${playbook.id}-case`,
    lang: playbook.lang,
    title: en ? `Case: the ${playbook.title.replace('Selling to ', '')} deal` : `案例：${playbook.title}`,
    summary: playbook.summary,
    roles: playbook.roles,
    playbooks: [playbook.id],
    start: 'start',
    steps: [],
    debrief: '',
    lessons: [],
    source: { root: 'generated', file: `content/cases/${playbook.id}.yaml`, line: 1 },
  };
}
