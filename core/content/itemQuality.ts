// Item-writing rules for quizzes and case decisions, after Haladyna, Downing & Rodriguez (2002), "A review of
// multiple-choice item-writing guidelines for classroom assessment": the cues that let a learner who does not know
// the answer find it anyway (the longest option, a fixed position, a giveaway word, an echo of the question).
// Pure: parsed questions and case steps with the YAML paths they were read from in, findings at those paths out.
// The rules, their thresholds and examples: docs/content-format.md, "Item-writing rules".
import { LANGS, type CaseStep, type ChoiceQuestion, type Lang, type Question } from '../model';
import type { YamlPath } from './yamlSource';

export type QualityRule = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q7' | 'Q8' | 'C1' | 'C2';

/** A warning of one rule at a YAML node (`part: 'key'` points at the field name rather than its value). */
export interface QualityFinding {
  rule: QualityRule;
  path: YamlPath;
  part?: 'key';
  message: string;
}

/** A parsed item together with where it is written. */
export interface Located<T> {
  item: T;
  path: YamlPath;
}

/** Q1, C1: a key (or elite option) this many times the mean length of the other options stands out by its length. */
export const LONG_KEY_RATIO = 1.5;
/** Q3: options this alike (Dice coefficient of their character pairs, after normalising) are near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.9;
/** Q4: an option sharing this many content words with the prompt, when no other option shares a third as many, echoes it. */
export const PROMPT_ECHO_WORDS = 3;
/** Q6, Q7: the per-quiz patterns are judged on at least this many single/scenario questions. */
export const MIN_QUESTIONS_FOR_PATTERNS = 4;
/** Q6, Q7: a count is suspicious above chance plus this many standard deviations (binomial). */
export const CHANCE_MARGIN_SD = 2;
/** Q8: with at least this many true/false statements in a quiz, they must not all have the same answer. */
export const MIN_TRUE_FALSE_FOR_BALANCE = 4;

interface LanguageWords {
  /** Q5: words that make a statement absolute; `…` stands for any words in between (只要…就). */
  absolute: string[];
  /** Q5: whether the words above are matched as whole words (languages written with spaces). */
  wholeWords: boolean;
  /** Q2: options that stand for the other options rather than for a choice of their own. */
  ofTheAbove: string[];
  /** Q4: words too common to count as repeating the prompt. */
  stopWords: string[];
  /** Q4: shorter words do not count (function words and single characters). */
  minWordLength: number;
}

export const ITEM_WRITING_WORDS: Record<Lang, LanguageWords> = {
  en: {
    absolute: ['always', 'never', 'only', 'all', 'every', 'none', 'must', 'cannot', 'any'],
    wholeWords: true,
    ofTheAbove: ['all of the above', 'none of the above', 'both of the above'],
    stopWords: [
      'the', 'and', 'for', 'are', 'but', 'not', 'you', 'your', 'with', 'this', 'that', 'these', 'those', 'they', 'them', 'their', 'from',
      'has', 'have', 'had', 'was', 'were', 'will', 'would', 'should', 'could', 'can', 'what', 'which', 'who', 'whom', 'when', 'where', 'why',
      'how', 'does', 'did', 'into', 'about', 'than', 'then', 'there', 'here', 'its', 'his', 'her', 'she', 'him', 'our', 'out', 'one', 'two',
      'more', 'most', 'some', 'such', 'also', 'just', 'own', 'other', 'each', 'being', 'been', 'after', 'before', 'over', 'under', 'while',
    ],
    minWordLength: 3,
  },
  'zh-CN': {
    absolute: ['永远', '一定', '绝不', '绝对', '只要…就', '所有', '总是', '从不', '必须', '唯一', '全部', '任何'],
    wholeWords: false,
    ofTheAbove: ['以上都对', '以上都不对', '以上皆是', '以上皆非', '以上都是', '以上都不是', '以上全部', '以上均是', '以上均不是'],
    stopWords: ['我们', '你们', '他们', '她们', '什么', '怎么', '哪个', '哪些', '一个', '这个', '那个', '这些', '那些', '没有', '可以', '如果', '因为', '所以', '但是', '就是', '还是', '已经', '自己', '应该', '时候', '的话', '之后', '之前'],
    minWordLength: 2,
  },
};

const CHOICE_TYPES = new Set<Question['type']>(['single', 'multiple', 'scenario']);
const isChoice = (question: Question): question is ChoiceQuestion => CHOICE_TYPES.has(question.type);
/** Q6, Q7 look at the questions with exactly one key among lettered options. */
const isSingleKey = (question: Question): question is ChoiceQuestion => question.type === 'single' || question.type === 'scenario';

/** Length as the rules count it: characters (not UTF-16 units) of the trimmed text, the same in every language. */
export function textLength(text: string): number {
  return [...text.trim()].length;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length);
const letter = (index: number) => String.fromCharCode(65 + index);
const ratio = (value: number) => value.toFixed(1);

export function checkQuizQuality(lang: Lang, questions: readonly Located<Question>[]): QualityFinding[] {
  const findings = questions.flatMap(({ item, path }) => questionFindings(item, path, lang));
  return [...findings, ...quizPatternFindings(questions)];
}

function questionFindings(question: Question, path: YamlPath, lang: Lang): QualityFinding[] {
  if (question.type === 'truefalse') return absoluteWordFindings(question.prompt, [...path, 'prompt'], lang);
  if (!isChoice(question)) return [];
  const optionPath = (index: number): YamlPath => [...path, 'options', index];
  return [
    ...longKeyFindings(question, optionPath),
    ...ofTheAboveFindings(question, optionPath, lang),
    ...duplicateFindings(question.options.map((o) => o.text), optionPath),
    ...promptEchoFindings(question, optionPath, lang),
  ];
}

/** Q1: the key is longer than the distractors by a clear margin (for `multiple`: the keys' mean against the distractors' mean). */
function longKeyFindings(question: ChoiceQuestion, optionPath: (index: number) => YamlPath): QualityFinding[] {
  const keys = question.options.flatMap((option, index) => (option.correct ? [index] : []));
  const lengths = question.options.map((option) => textLength(option.text));
  const keyLength = mean(keys.map((i) => lengths[i]!));
  const distractorLength = mean(lengths.filter((_, i) => !question.options[i]!.correct));
  if (keys.length === 0 || distractorLength === 0 || keyLength < LONG_KEY_RATIO * distractorLength) return [];
  const what = question.type === 'multiple' ? 'the correct options are on average' : 'the correct option is';
  return [
    {
      rule: 'Q1',
      path: optionPath(keys[0]!),
      message:
        `${what} ${ratio(keyLength / distractorLength)}× as long as the distractors (${Math.round(keyLength)} vs ${Math.round(distractorLength)} characters), ` +
        `so a learner can pick ${question.type === 'multiple' ? 'them' : 'it'} by length alone: shorten the key or give the distractors the same detail (aim for 0.8–1.2×)`,
    },
  ];
}

/** Q2: "all of the above" / "none of the above". */
function ofTheAboveFindings(question: ChoiceQuestion, optionPath: (index: number) => YamlPath, lang: Lang): QualityFinding[] {
  return question.options.flatMap((option, index) => {
    const text = normalised(option.text);
    const phrase = ITEM_WRITING_WORDS[lang].ofTheAbove.find((candidate) => text.includes(normalised(candidate)));
    if (phrase === undefined) return [];
    return [
      {
        rule: 'Q2',
        path: optionPath(index),
        message: `"${phrase}" as an option lets a learner answer from two options they recognise instead of knowing each one: replace it with a specific mistake a rep really makes`,
      },
    ];
  });
}

/** Lower case, without spaces, punctuation and symbols: what two options say, not how they are typed. */
function normalised(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

/** Q3: options that are the same, or nearly, after normalising. */
function duplicateFindings(texts: string[], optionPath: (index: number) => YamlPath): QualityFinding[] {
  const forms = texts.map(normalised);
  const bigrams = forms.map(bigramCounts);
  return forms.flatMap((form, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      const similarity = form === forms[earlier] ? 1 : diceSimilarity(bigrams[index]!, bigrams[earlier]!);
      if (similarity < NEAR_DUPLICATE_SIMILARITY) continue;
      const alike = similarity === 1 ? 'says the same as' : `is nearly the same as (${Math.round(similarity * 100)}% alike)`;
      return [
        {
          rule: 'Q3' as const,
          path: optionPath(index),
          message: `option ${letter(index)} ${alike} option ${letter(earlier)}: each option must be a distinct choice; rewrite it as another plausible mistake or remove it`,
        },
      ];
    }
    return [];
  });
}

/** How often each pair of neighbouring characters occurs: what the similarity of two options is measured on (works for Chinese too). */
function bigramCounts(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!;
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice coefficient of two bigram multisets: 1 for the same text, 0 for nothing in common. */
function diceSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [bigram, count] of a) {
    shared += Math.min(count, b.get(bigram) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

const segmenters = new Map<Lang, Intl.Segmenter>();

/** The distinct content words of a text: word-like segments, long enough, not stop words; a plural `s` dropped. */
function contentWords(text: string, lang: Lang): Set<string> {
  const words = ITEM_WRITING_WORDS[lang];
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  const found = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text.toLowerCase())) {
    if (!isWordLike || [...segment].length < words.minWordLength || words.stopWords.includes(segment) || /^\d+$/.test(segment)) continue;
    found.add(segment.length > 3 && segment.endsWith('s') && !segment.endsWith('ss') ? segment.slice(0, -1) : segment);
  }
  return found;
}

/** Q4: one option repeats the prompt's content words while the others do not. */
function promptEchoFindings(question: ChoiceQuestion, optionPath: (index: number) => YamlPath, lang: Lang): QualityFinding[] {
  const prompt = contentWords(question.prompt, lang);
  const shared = question.options.map((option) => [...contentWords(option.text, lang)].filter((word) => prompt.has(word)));
  return shared.flatMap((echo, index) => {
    const others = Math.max(0, ...shared.filter((_, i) => i !== index).map((s) => s.length));
    if (echo.length < PROMPT_ECHO_WORDS || others * 3 > echo.length) return [];
    const quoted = echo.slice(0, 5).map((word) => `"${word}"`).join(', ');
    return [
      {
        rule: 'Q4' as const,
        path: optionPath(index),
        message: `option ${letter(index)} repeats ${echo.length} words of the prompt (${quoted}) and the other options at most ${others}, so it can be picked by matching words: reword it, or let the other options use the prompt's terms too`,
      },
    ];
  });
}

/** Each absolute word of a language with the regular expression that finds it in a statement. */
function absolutePatterns(words: LanguageWords): { word: string; pattern: RegExp }[] {
  return words.absolute.map((word) => {
    const body = word
      .split('…')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^。！？.!?]*?');
    return { word, pattern: new RegExp(words.wholeWords ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, 'iu') };
  });
}

const ABSOLUTE_PATTERNS = Object.fromEntries(LANGS.map((lang) => [lang, absolutePatterns(ITEM_WRITING_WORDS[lang])])) as Record<Lang, ReturnType<typeof absolutePatterns>>;

/** Q5: a true/false statement with a word that makes it absolute. */
function absoluteWordFindings(prompt: string, path: YamlPath, lang: Lang): QualityFinding[] {
  const found = ABSOLUTE_PATTERNS[lang].find(({ pattern }) => pattern.test(prompt));
  if (!found) return [];
  return [
    {
      rule: 'Q5',
      path,
      message: `the statement says "${found.word}": absolute words give a true/false answer away (such statements are nearly always false); state the condition or the usual case instead`,
    },
  ];
}

/** The count above which a binomial count of `n` trials with chance `p` is suspicious: n·p + k·√(n·p·(1−p)). */
export function chanceBound(n: number, p: number): number {
  return n * p + CHANCE_MARGIN_SD * Math.sqrt(n * p * (1 - p));
}

/** Q6, Q7, Q8: patterns over the whole quiz. */
function quizPatternFindings(questions: readonly Located<Question>[]): QualityFinding[] {
  const findings: QualityFinding[] = [];
  const at: YamlPath = ['questions'];
  const singles = questions.filter((q): q is Located<ChoiceQuestion> => isSingleKey(q.item));
  const n = singles.length;
  if (n >= MIN_QUESTIONS_FOR_PATTERNS) {
    const p = mean(singles.map(({ item }) => 1 / item.options.length));
    const bound = chanceBound(n, p);
    const summary = `of ${n} single/scenario questions (chance: about ${ratio(n * p)}; more than ${ratio(bound)} gives it away)`;
    const longest = singles.filter(({ item }) => keyIsStrictlyLongest(item));
    if (longest.length > bound) {
      findings.push({
        rule: 'Q6',
        path: at,
        part: 'key',
        message: `the correct option is the longest in ${longest.length} ${summary}: ${longest.map(({ item }) => item.id).join(', ')}; shorten those keys or lengthen their distractors so the key is the longest in at most 1 in 4`,
      });
    }
    const positions = singles.map(({ item }) => item.options.findIndex((option) => option.correct));
    const counts = Array.from({ length: Math.max(...singles.map(({ item }) => item.options.length)) }, (_, i) => positions.filter((p) => p === i).length);
    const most = counts.indexOf(Math.max(...counts));
    if (counts[most]! > bound) {
      const spread = counts.map((count, i) => `${letter(i)} ${count}`).join(', ');
      findings.push({
        rule: 'Q7',
        path: at,
        part: 'key',
        message: `the correct option is written in position ${letter(most)} in ${counts[most]} ${summary} (${spread}): move keys so each position is used about equally (the app shuffles options, but a quiz exported to GIFT keeps the written order)`,
      });
    }
  }
  const trueFalse = questions.flatMap(({ item, path }) => (item.type === 'truefalse' ? [{ answer: item.answer, path }] : []));
  const first = trueFalse[0];
  if (first && trueFalse.length >= MIN_TRUE_FALSE_FOR_BALANCE && trueFalse.every((q) => q.answer === first.answer)) {
    findings.push({
      rule: 'Q8',
      path: [...first.path, 'answer'],
      message: `all ${trueFalse.length} true/false statements of this quiz are ${first.answer}: a learner who always answers "${first.answer}" gets every one right; make about half of them ${!first.answer}`,
    });
  }
  return findings;
}

function keyIsStrictlyLongest(question: ChoiceQuestion): boolean {
  const key = question.options.find((option) => option.correct);
  if (!key) return false;
  return question.options.every((option) => option === key || textLength(option.text) < textLength(key.text));
}

export function checkCaseQuality(steps: readonly Located<CaseStep>[]): QualityFinding[] {
  return steps.flatMap(({ item: step, path }) => {
    if (!step.decision) return [];
    const { options, converges } = step.decision;
    const findings: QualityFinding[] = [];
    const eliteIndex = options.findIndex((option) => option.elite);
    const others = mean(options.filter((_, i) => i !== eliteIndex).map((option) => textLength(option.text)));
    const elite = eliteIndex < 0 ? 0 : textLength(options[eliteIndex]!.text);
    if (eliteIndex >= 0 && others > 0 && elite >= LONG_KEY_RATIO * others) {
      findings.push({
        rule: 'C1',
        path: [...path, 'decision', 'options', eliteIndex],
        message: `the elite option is ${ratio(elite / others)}× as long as the other options on average (${elite} vs ${Math.round(others)} characters), so it can be picked by length alone: shorten it or give the other options the same detail (aim for at most 1.2×)`,
      });
    }
    const next = options[0]?.next;
    if (!converges && options.every((option) => option.next === next)) {
      findings.push({
        rule: 'C2',
        path: [...path, 'decision'],
        part: 'key',
        message: `every option of this decision leads to "${next}", so the choice changes nothing in the story: let the weaker choices lead to their consequences, or, if the story is meant to go on at the same step, add "converges: true" to the decision`,
      });
    }
    return findings;
  });
}
