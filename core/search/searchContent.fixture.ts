// A small bilingual content set for search tests, built directly as model objects. Search reads only the plain
// text, so the playbooks have an empty Markdown body and placeholder fingerprints.
import type { Block, BlockKind, CaseReplay, ContentSet, Lang, Playbook, Quiz, RoleId, Section } from '../model';

interface SectionSpec {
  anchor: string;
  title: string;
  text: string;
  blocks?: { kind: BlockKind; title: string; text: string; situations?: string[] }[];
  situations?: string[];
}

interface PlaybookSpec {
  id: string;
  lang: Lang;
  title: string;
  summary?: string;
  roles?: RoleId[];
  tags?: string[];
  sections: SectionSpec[];
}

const emptyMarkdown = (title: string) => ({ start: 0, end: 0, hash: `fixture:${title}` });

export function playbook(spec: PlaybookSpec): Playbook {
  const sections: Section[] = spec.sections.map((s, i) => ({
    anchor: s.anchor,
    title: s.title,
    line: 10 + i * 20,
    ...emptyMarkdown(s.title),
    text: [s.text, ...(s.blocks ?? []).map((b) => `${b.title}\n${b.text}`)].join('\n'),
    situations: s.situations ?? [],
  }));
  const blocks: Block[] = spec.sections.flatMap((s, i) =>
    (s.blocks ?? []).map((b, j) => ({
      kind: b.kind,
      title: b.title,
      section: s.anchor,
      anchor: `${s.anchor}--${b.title.toLowerCase().replace(/\s+/g, '-')}`,
      line: 12 + i * 20 + j * 4,
      ...emptyMarkdown(b.title),
      text: b.text,
      situations: b.situations ?? [],
    })),
  );
  return {
    kind: 'playbook',
    id: spec.id,
    lang: spec.lang,
    title: spec.title,
    summary: spec.summary ?? '',
    roles: spec.roles ?? [],
    stages: [],
    tags: spec.tags ?? [],
    related: [],
    bodyHash: 'fixture',
    bodyChecksum: 'fixture',
    bodyLine: 6,
    sections,
    blocks,
    source: { root: 'fixture', file: `playbooks/${spec.id}.md`, line: 1 },
  };
}

const LONG_FILLER = 'The account team reviews the plan every week and writes down what changed. '.repeat(40);

export const negotiationEn = playbook({
  id: 'negotiation',
  lang: 'en',
  title: 'Negotiation basics',
  summary: 'How to prepare and run a price negotiation.',
  roles: ['sales-rep'],
  tags: ['negotiation', 'pricing'],
  sections: [
    {
      anchor: 'walk-away-point',
      title: 'Walk-away point',
      text: 'Before any negotiation, agree internally on the walk-away point and the concessions you can trade.',
      blocks: [{ kind: 'tactic', title: 'Trade, never give', text: 'Every concession is traded for a commitment from the customer.' }],
    },
    {
      anchor: 'decision-chain',
      title: 'Mapping the decision chain',
      text: 'List who signs, who influences and who can block. Review the decision chain after every reorganisation.',
      blocks: [{ kind: 'pitfall', title: 'Talking to one contact only', text: 'A single contact hides the real buyers.' }],
    },
    {
      anchor: 'long-read',
      title: 'Weekly account review',
      // The one rare word sits far beyond the first 60 characters, where default fuse.js settings stop looking.
      text: `${LONG_FILLER}At the very end, mention the zeppelin clause that only procurement reads.`,
    },
  ],
});

export const relationshipZh = playbook({
  id: 'customer-relationship',
  lang: 'zh-CN',
  title: '客户关系拓展',
  summary: '如何让客户关系成为公司的第一生产力。',
  roles: ['sales-manager'],
  tags: ['大客户'],
  sections: [
    {
      anchor: '客户关系',
      title: '客户关系',
      text: '客户关系是基于商业目标的协同关系，体现在商业目标能否达成。客户信息要沉淀在公司。',
      blocks: [{ kind: 'checklist', title: '拜访前检查', text: '确认议程。准备材料。' }],
    },
    {
      anchor: '决策链',
      title: '绘制决策链',
      text: '梳理客户的决策链：谁拍板、谁影响、谁能否决。每次组织调整后复核决策链。',
    },
    {
      anchor: '废标风险',
      title: '废标风险',
      text: '标书漏掉任何一份必备文件都会导致废标。',
    },
  ],
});

/** The same English term in an English and a Chinese playbook, for boost ordering. */
export const pricingEn = playbook({
  id: 'pricing',
  lang: 'en',
  title: 'Pricing',
  roles: ['regional-manager'],
  sections: [{ anchor: 'discount-policy', title: 'Discount policy', text: 'The discount policy limits concessions per deal.' }],
});

export const pricingZh = playbook({
  id: 'pricing',
  lang: 'zh-CN',
  title: '定价',
  roles: ['sales-rep'],
  sections: [{ anchor: '折扣', title: 'Discount policy', text: 'The discount policy 规定每单的让步上限。' }],
});

export const negotiationQuiz: Quiz = {
  kind: 'quiz',
  id: 'negotiation-check',
  lang: 'en',
  title: 'Negotiation check',
  playbook: 'negotiation',
  passScore: 0.8,
  questions: [],
  source: { root: 'fixture', file: 'content/quizzes/negotiation.yaml', line: 1 },
};

export const tenderCase: CaseReplay = {
  kind: 'case',
  id: 'lost-tender',
  lang: 'en',
  title: 'The lost tender',
  summary: 'A negotiation that ended before it started: the bid was disqualified.',
  roles: ['sales-rep'],
  playbooks: ['negotiation'],
  start: 'start',
  steps: [
    {
      id: 'start',
      narrative: 'The buyer from **procurement** calls: the bid bond was missing from the envelope.',
      decision: {
        prompt: 'What do you tell the buyer first?',
        options: [
          { text: 'Ask for a waiver', points: 0, elite: false, outcome: 'Refused.', next: 'end' },
          { text: 'Own the mistake and ask what can still be done', points: 3, elite: true, outcome: 'The buyer explains the appeal window.', next: 'end' },
        ],
      },
      commentary: 'The elite rep owned the slip before arguing about the wording of the tender.',
      line: 5,
    },
  ],
  debrief: '',
  lessons: [],
  source: { root: 'fixture', file: 'content/cases/lost-tender.yaml', line: 1 },
};

export function content(playbooks: Playbook[] = [negotiationEn, relationshipZh, pricingEn, pricingZh]): ContentSet {
  return { playbooks, quizzes: [negotiationQuiz], cases: [tenderCase], paths: [], lessons: [], glossaries: [], diagnostics: [] };
}
