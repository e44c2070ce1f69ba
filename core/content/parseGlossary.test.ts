import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model';
import { parseGlossary } from './parseGlossary';

const source = { root: '/content', file: '/content/content/glossary/en/terms.yaml' };
const at = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`);

describe('parseGlossary', () => {
  it('reads groups of synonyms with their lines', () => {
    const result = parseGlossary(['id: terms', 'lang: en', 'title: Terms', 'groups:', '  - [decide, 拍板]', '  - [" discount ", 折扣, "80%"]'].join('\n'), source);
    expect(result.diagnostics).toEqual([]);
    expect(result.item).toMatchObject({ kind: 'glossary', id: 'terms', groups: [{ terms: ['decide', '拍板'], line: 5 }, { terms: ['discount', '折扣', '80%'], line: 6 }] });
  });

  it('reports a term in two groups, a repeated term and a group of one, where they are written', () => {
    const text = ['id: terms', 'lang: en', 'title: Terms', 'groups:', '  - [decide, 拍板]', '  - [Decide, sign off, sign off]', '  - [alone]'].join('\n');
    expect(at(parseGlossary(text, source).diagnostics)).toEqual(['7:5 error: "groups[2]" needs at least 2 items']);
    const shaped = ['id: terms', 'lang: en', 'title: Terms', 'groups:', '  - [decide, 拍板]', '  - [Decide, sign off, sign off]'].join('\n');
    expect(at(parseGlossary(shaped, source).diagnostics)).toEqual([
      '6:6 error: "Decide" is already in the group on line 5; a term belongs to one group (merge the two groups if they mean the same)',
      '6:24 warning: "sign off" is already in this group',
    ]);
  });
});
