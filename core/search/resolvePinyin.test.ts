import { describe, expect, it } from 'vitest';
import { PinyinTable } from './PinyinTable';
import type { PinyinGraph, PinyinStep } from './resolvePinyin';
import { looksLikePinyin, phraseSpelled, resolvePinyin } from './resolvePinyin';

/** A graph over a few texts: pairs and characters counted once per text. */
function graphOf(texts: string[]): PinyinGraph {
  const table = PinyinTable.build(new Set(texts.join('')));
  const df = new Map<string, number>();
  for (const text of texts) {
    const grams = new Set<string>();
    const chars = Array.from(text);
    chars.forEach((c, i) => {
      grams.add(c);
      if (i + 1 < chars.length) grams.add(c + chars[i + 1]);
    });
    for (const gram of grams) df.set(gram, (df.get(gram) ?? 0) + 1);
  }
  const steps = (filter: (gram: string) => boolean, letter: string): PinyinStep[] =>
    [...df]
      .filter(([gram]) => filter(gram))
      .map(([gram, count]) => ({ char: gram.slice(-1), gram, df: count }))
      .filter((step) => table.syllablesOf(step.char).some((s) => s.startsWith(letter)))
      .sort((a, b) => b.df - a.df);
  return {
    syllablesOf: (char) => table.syllablesOf(char),
    startingWith: (letter) => steps((gram) => gram.length === 1, letter),
    following: (char, letter) => steps((gram) => gram.length === 2 && gram.startsWith(char), letter),
  };
}

const graph = graphOf(['客户关系是协同关系', '维护客户关系', '考核标准', '废标风险', '银行行长']);
const texts = (token: string) => resolvePinyin(token, graph, 10).map((chain) => chain.text);

describe('resolvePinyin', () => {
  it('reads full syllables, initials and a mix of both', () => {
    expect(texts('kehuguanxi')).toEqual(['客户关系']);
    expect(texts('khgx')).toEqual(['客户关系']);
    expect(texts('kehugx')).toEqual(['客户关系']);
    expect(texts('feibiao')).toEqual(['废标']);
  });

  it('accepts a half-typed last syllable and zh/ch/sh typed in full', () => {
    expect(texts('kehuguan')).toContain('客户关');
    expect(texts('kehugua')).toContain('客户关');
    expect(texts('xingzh')).toEqual(['行长']);
  });

  it('follows only character pairs that occur, most frequent first, and names the rarest pair', () => {
    expect(texts('kh')).toEqual(['客户', '考核']);
    const [chain] = resolvePinyin('khgx', graph, 10);
    expect(chain).toEqual({ text: '客户关系', rarest: '户关', df: 2 });
    expect(texts('xyz')).toEqual([]);
  });

  it('tells pinyin-shaped tokens apart', () => {
    expect(looksLikePinyin('khgx')).toBe(true);
    expect(looksLikePinyin('k')).toBe(false);
    expect(looksLikePinyin('crm2')).toBe(false);
  });
});

describe('phraseSpelled', () => {
  const table = PinyinTable.build('维护客户关系的方法'.split(''));
  const syllablesOf = (char: string) => table.syllablesOf(char);

  it('finds the phrase a token spells around a known pair', () => {
    const text = '维护客户关系的方法';
    expect(phraseSpelled(text, 'khgx', text.indexOf('户关'), 2, syllablesOf)).toBe('客户关系');
    expect(phraseSpelled(text, 'kehuguanxi', text.indexOf('关系'), 2, syllablesOf)).toBe('客户关系');
  });

  it('returns null when the token does not spell a phrase covering the pair', () => {
    const text = '维护客户关系的方法';
    expect(phraseSpelled(text, 'khgx', text.indexOf('方法'), 2, syllablesOf)).toBeNull();
  });
});
