// The labelled query set: what reps type, each with the section it should find. Queries come from the first
// playbooks of the generated stream, which every corpus size contains, so the labels hold at every size.
// Customer names are unique in the corpus, so "topic words + customer" identifies one section.
import { pinyin } from 'pinyin-pro';
import type { SectionFacts } from '../corpus/generateCorpus';
import { Random } from '../corpus/random';

export const QUERY_CATEGORIES = [
  'exact-en',
  'exact-zh',
  'prefix',
  'typo-en',
  'typo-zh',
  'pinyin-full',
  'pinyin-initials',
  'multi-word',
] as const;
export type QueryCategory = (typeof QUERY_CATEGORIES)[number];

export interface LabelledQuery {
  query: string;
  category: QueryCategory;
  /** `playbook-id#section-anchor` of the section the query must find. */
  expected: string;
}

const COUNTS: Record<QueryCategory, number> = {
  'exact-en': 30,
  'exact-zh': 30,
  prefix: 30,
  'typo-en': 40,
  'typo-zh': 10,
  'pinyin-full': 30,
  'pinyin-initials': 30,
  'multi-word': 20,
};

/** Sections the queries are drawn from: the start of the stream, present in every corpus size. */
const SOURCE_SECTIONS = 1000;

/** Same-sounding characters a Chinese typist picks by mistake from the input method's list. */
const HOMOPHONES: Record<string, string> = {
  议: '意', 谈: '谭', 链: '连', 系: '细', 掘: '绝', 练: '炼', 访: '仿', 险: '显', 证: '正', 板: '版', 案: '按',
  漏: '露', 测: '侧', 订: '定', 款: '宽', 划: '化', 角: '脚', 甄: '真', 竞: '竟', 购: '构', 跟: '根', 赋: '付',
  程: '成', 励: '厉', 淀: '电', 流: '留', 计: '记', 策: '测', 接: '街', 盘: '判', 区: '曲',
};

const STOP_WORDS = new Set(['before', 'about', 'their', 'which', 'there', 'every', 'other', 'where', 'should', 'never']);

export function buildQuerySet(sections: readonly SectionFacts[], seed = 7): LabelledQuery[] {
  const random = new Random(seed);
  const pool = sections.slice(0, SOURCE_SECTIONS);
  const english = pool.filter((s) => s.lang === 'en');
  const chinese = pool.filter((s) => s.lang === 'zh-CN');
  const queries: LabelledQuery[] = [];
  const add = (category: QueryCategory, from: readonly SectionFacts[], make: (s: SectionFacts) => string) => {
    for (const section of random.sample(from, COUNTS[category])) {
      queries.push({ query: make(section), category, expected: `${section.playbookId}#${section.anchor}` });
    }
  };
  add('exact-en', english, exactEnglish);
  add('exact-zh', chinese, exactChinese);
  add('prefix', pool, (s) => {
    const full = s.lang === 'en' ? exactEnglish(s) : exactChinese(s);
    return cutLastWord(full, random);
  });
  add('typo-en', english, (s) => {
    const words = exactEnglish(s).split(' ');
    const long = words.filter((w) => w.length >= 6);
    const target = long.length ? random.pick(long) : words.reduce((a, b) => (b.length > a.length ? b : a));
    return words.map((w) => (w === target ? misspell(w, random) : w)).join(' ');
  });
  add('typo-zh', chinese, (s) => `${s.brand} ${mistype(s.topic.zh.keyword, random)}`);
  add('pinyin-full', chinese, (s) => `${spell(s.brand, 'full')} ${spell(s.topic.zh.keyword, 'full')}`);
  add('pinyin-initials', chinese, (s) => `${spell(s.brand, 'initials')} ${spell(s.topic.zh.keyword, 'initials')}`);
  add('multi-word', pool, (s) => (s.lang === 'en' ? wordsFromText(s, random) : phrasesFromText(s, random)));
  return queries;
}

function exactEnglish(s: SectionFacts): string {
  return `${s.topic.en.keyword} ${s.short}`;
}

function exactChinese(s: SectionFacts): string {
  return `${s.brand} ${s.topic.zh.keyword}`;
}

/** What is in the box while the last word is still being typed. */
function cutLastWord(query: string, random: Random): string {
  const space = query.lastIndexOf(' ');
  const last = Array.from(query.slice(space + 1));
  const keep = Math.max(2, Math.min(last.length - 1, random.int(2, last.length - 1)));
  return query.slice(0, space + 1) + last.slice(0, keep).join('');
}

/** One keyboard slip: a dropped, doubled, swapped or wrong letter, away from the first letter. */
function misspell(word: string, random: Random): string {
  const i = random.int(1, word.length - 2);
  const slips = [
    () => word.slice(0, i) + word.slice(i + 1),
    () => word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2),
    () => word.slice(0, i) + (word[i] as string) + word.slice(i),
    () => word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1),
  ];
  const slipped = random.pick(slips)();
  return slipped === word ? word.slice(0, i) + word.slice(i + 1) : slipped;
}

/** A wrong character from the input method's candidates (a homophone), or a dropped one. */
function mistype(keyword: string, random: Random): string {
  const chars = Array.from(keyword);
  const positions = chars.map((c, i) => (HOMOPHONES[c] ? i : -1)).filter((i) => i >= 0);
  if (positions.length === 0) return chars.filter((_, i) => i !== chars.length - 1).join('');
  const at = random.pick(positions);
  return chars.map((c, i) => (i === at ? (HOMOPHONES[c] as string) : c)).join('');
}

function spell(text: string, form: 'full' | 'initials'): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, pattern: form === 'full' ? 'pinyin' : 'first' }).join('');
}

/** Three content words of the section's own sentences, in order, plus the customer. */
function wordsFromText(s: SectionFacts, random: Random): string {
  const sentence = random.pick(s.topic.en.sentences).replace(/\{[a-z]+\}/g, ' ');
  const words = (sentence.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !STOP_WORDS.has(w));
  const picked = random.sample(words, 3);
  return [...words.filter((w) => picked.includes(w)).slice(0, 3), s.short].join(' ');
}

/** The customer and two short phrases of the section's own sentences. */
function phrasesFromText(s: SectionFacts, random: Random): string {
  const sentence = random.pick(s.topic.zh.sentences).replace(/\{[a-z]+\}/g, '，');
  const runs = sentence.match(/\p{Script=Han}{3,}/gu) ?? [];
  const phrases = random.sample(runs, 2).map((run) => {
    const start = random.int(0, run.length - 2);
    return run.slice(start, start + 2);
  });
  return [s.brand, ...phrases].join(' ');
}
