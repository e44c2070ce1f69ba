import { describe, expect, it } from 'vitest';
import type { ContentSet } from '../model';
import type { SearchHit, SearchOptions } from './SearchIndex';
import { buildSearchIndex, SearchIndex, StaleSearchIndexError } from './SearchIndex';
import { content, negotiationEn, playbook, pricingEn, pricingZh, relationshipZh } from './searchContent.fixture';

const index = buildSearchIndex(content());

const refs = (hits: SearchHit[]) => hits.map((hit) => `${hit.type}:${hit.lang}:${hit.id}#${hit.section ?? ''}`);
const first = (query: string, options?: SearchOptions) => index.search(query, options)[0];
/** The highlighted text of each range. */
const highlighted = (text: string, ranges: [number, number][]) => ranges.map(([start, end]) => text.slice(start, end));

describe('SearchIndex.search', () => {
  it('finds a Chinese section by its title and highlights the phrase', () => {
    const hit = first('决策链');
    expect(hit).toMatchObject({ type: 'section', id: 'customer-relationship', lang: 'zh-CN', section: '决策链' });
    expect(highlighted(hit!.title, hit!.titleMatches)).toEqual(['决策链']);
    expect(highlighted(hit!.snippet, hit!.matches)).toContain('决策链');
  });

  it('finds an English section from words of its title', () => {
    const hit = first('walk-away point');
    expect(hit).toMatchObject({ id: 'negotiation', section: 'walk-away-point', parentTitle: 'Negotiation basics' });
    expect(highlighted(hit!.title, hit!.titleMatches).join(' ').toLowerCase()).toContain('walk-away point');
  });

  it('finds Han text from full pinyin and from pinyin initials', () => {
    for (const query of ['kehuguanxi', 'khgx', 'kehugx']) {
      const hit = first(query);
      expect(hit, query).toMatchObject({ id: 'customer-relationship', section: '客户关系' });
      expect(highlighted(hit!.title, hit!.titleMatches), query).toEqual(['客户关系']);
    }
    expect(refs(index.search('feibiao'))[0]).toBe('section:zh-CN:customer-relationship#废标风险');
  });

  it('tolerates typos', () => {
    expect(first('negotiaton')?.id).toBe('negotiation');
    expect(first('decison chain')).toMatchObject({ id: 'negotiation', section: 'decision-chain' });
    // A homophone picked from the input method: the section and its playbook are the closest matches.
    expect(refs(index.search('客户关糸')).slice(0, 2)).toContain('section:zh-CN:customer-relationship#客户关系');
  });

  it('finds a word far into a long section and shows it in the snippet', () => {
    expect(negotiationEn.sections[2]!.text.indexOf('zeppelin')).toBeGreaterThan(2000);
    const hit = first('zeppelin');
    expect(hit).toMatchObject({ id: 'negotiation', section: 'long-read' });
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(highlighted(hit!.snippet, hit!.matches)).toEqual(['zeppelin']);
  });

  it('finds tactics, pitfalls and checklists as tactic documents, and whole items', () => {
    expect(first('trade never give')).toMatchObject({ type: 'tactic', section: 'walk-away-point--trade,-never-give' });
    expect(first('one contact only')).toMatchObject({ type: 'tactic', section: 'decision-chain--talking-to-one-contact-only' });
    expect(refs(index.search('拜访前检查'))).toContain('tactic:zh-CN:customer-relationship#客户关系--拜访前检查');
    expect(refs(index.search('lost tender'))[0]).toBe('case:en:lost-tender#');
    expect(refs(index.search('negotiation check'))[0]).toBe('quiz:en:negotiation-check#');
  });

  it('finds a case by its story as the learner meets it, not by the elite rep\'s commentary', () => {
    const hit = first('bid bond envelope');
    expect(hit).toMatchObject({ type: 'case', id: 'lost-tender', section: null });
    expect(hit!.snippet).not.toContain('**');
    expect(refs(index.search('what do you tell the buyer'))).toContain('case:en:lost-tender#');
    expect(refs(index.search('owned the slip'))).not.toContain('case:en:lost-tender#');
  });

  it('filters by type, language, role and tag', () => {
    const types = index.search('negotiation', { types: ['tactic', 'case'] });
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types.map((hit) => hit.type))).toEqual(new Set(['tactic', 'case']));

    expect(index.search('discount policy', { lang: 'zh-CN' }).map((hit) => hit.lang)).toEqual(['zh-CN']);

    const roles = index.search('discount policy', { roles: ['regional-manager'] });
    expect(refs(roles)).toEqual(['section:en:pricing#discount-policy']);
    // Items that name no role (the quiz) are for everyone.
    expect(refs(index.search('negotiation check', { roles: ['order-coordinator'] }))).toEqual(['quiz:en:negotiation-check#']);

    const tagged = index.search('客户关系 walk-away', { tags: ['大客户'] });
    expect(tagged.every((hit) => hit.tags.includes('大客户'))).toBe(true);
    expect(index.search('walk-away point', { tags: ['大客户'] })).toEqual([]);
  });

  it('ranks the requested language and role first among equal matches', () => {
    const pair = ['section:en:pricing#discount-policy', 'section:zh-CN:pricing#折扣'];
    const top2 = (options: SearchOptions) => refs(index.search('discount policy', options)).slice(0, 2);
    expect(top2({ boostLang: 'zh-CN' })).toEqual([pair[1], pair[0]]);
    expect(top2({ boostLang: 'en' })).toEqual([pair[0], pair[1]]);
    expect(top2({ boostRole: 'sales-rep' })).toEqual([pair[1], pair[0]]);
    expect(top2({ boostRole: 'regional-manager' })).toEqual([pair[0], pair[1]]);
  });

  it('returns half-open ranges that cover exactly the matched text', () => {
    for (const hit of [...index.search('concessions'), ...index.search('决策链')]) {
      for (const [start, end] of [...hit.matches, ...hit.titleMatches]) {
        expect(start).toBeLessThan(end);
      }
      // The singular shares the stem, so it is found and highlighted too.
      for (const text of highlighted(hit.snippet, hit.matches)) expect(['concessions', 'concession', '决策链']).toContain(text.toLowerCase());
    }
  });

  it('answers an empty or punctuation-only query with nothing, and never treats typed punctuation as an operator', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  ,.;  ')).toEqual([]);
    expect(first('!walk-away')?.section).toBe('walk-away-point');
    expect(first('^decision | chain$')?.section).toBe('decision-chain');
  });

  it('limits the number of hits', () => {
    expect(index.search('the', { limit: 2 })).toHaveLength(2);
  });
});

const QUERIES = ['negotiation', 'walk-away', 'khgx', '决策链', 'decison chain', 'discount', 'concessions', 'tender', '定价', 'stakeholder map'];
const everything = (target: SearchIndex) => QUERIES.map((query) => target.search(query, { limit: 50 }));

describe('SearchIndex.update', () => {
  const added = playbook({
    id: 'stakeholders',
    lang: 'en',
    title: 'Stakeholder map',
    tags: ['negotiation'],
    sections: [{ anchor: 'map', title: 'Stakeholder map', text: 'Draw the stakeholder map before the negotiation starts.' }],
  });
  const changed = playbook({
    id: 'negotiation',
    lang: 'en',
    title: 'Negotiation basics',
    roles: ['sales-rep'],
    tags: ['negotiation'],
    sections: [
      { anchor: 'walk-away-point', title: 'Walk-away point', text: 'Agree the walk-away point with the regional manager.' },
      { anchor: 'concession-plan', title: 'Concession plan', text: 'Plan concessions in advance and trade each one.' },
    ],
  });
  const after: ContentSet = content([changed, relationshipZh, pricingZh, added]);

  it('adding, changing and removing items gives the same results as rebuilding', () => {
    const updated = buildSearchIndex(content());
    updated.update([added, changed], [{ kind: 'playbook', id: pricingEn.id, lang: pricingEn.lang }]);
    expect(everything(updated)).toEqual(everything(buildSearchIndex(after)));
    expect(updated.search('stakeholder map')[0]).toMatchObject({ id: 'stakeholders', section: 'map' });
    expect(refs(updated.search('decision chain'))).not.toContain('section:en:negotiation#decision-chain');
    expect(refs(updated.search('discount policy'))).not.toContain('section:en:pricing#discount-policy');
  });

  it('keeps matching a rebuild after the updates are compacted and serialised', () => {
    const updated = buildSearchIndex(content());
    updated.update([added], []);
    updated.update([changed], [{ kind: 'playbook', id: pricingEn.id, lang: pricingEn.lang }]);
    const reloaded = SearchIndex.fromJSON(JSON.parse(JSON.stringify(updated.toJSON())), after);
    expect(everything(reloaded)).toEqual(everything(buildSearchIndex(after)));
    expect(everything(updated)).toEqual(everything(reloaded));
  });

  it('an item removed and added back is found again', () => {
    const updated = buildSearchIndex(content());
    updated.update([], [{ kind: 'playbook', id: relationshipZh.id, lang: relationshipZh.lang }]);
    expect(refs(updated.search('决策链'))).toEqual([]);
    updated.update([relationshipZh], []);
    expect(everything(updated)).toEqual(everything(index));
  });
});

describe('SearchIndex JSON', () => {
  const pricingSpec = {
    id: 'pricing',
    lang: 'en' as const,
    title: 'Pricing',
    roles: ['regional-manager' as const],
    sections: [{ anchor: 'discount-policy', title: 'Discount policy', text: 'The discount policy limits concessions per deal.' }],
  };

  it('round-trips through JSON text with the same results', () => {
    const reloaded = SearchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())), content());
    expect(reloaded.size).toBe(index.size);
    expect(everything(reloaded)).toEqual(everything(index));
  });

  it('refuses content that does not match the index', () => {
    const json = JSON.parse(JSON.stringify(index.toJSON()));
    expect(() => SearchIndex.fromJSON(json, content([negotiationEn, relationshipZh, pricingEn]))).toThrow(/other documents/);
    const edited = playbook({ ...pricingSpec, sections: [{ ...pricingSpec.sections[0]!, text: 'Changed.' }] });
    expect(() => SearchIndex.fromJSON(json, content([negotiationEn, relationshipZh, edited, pricingZh]))).toThrow(/changed/);
    expect(() => SearchIndex.fromJSON({ ...json, version: 0 }, content())).toThrow(StaleSearchIndexError);
  });

  it('loads content that lists the same documents in another order', () => {
    const reloaded = SearchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())), content([pricingZh, pricingEn, relationshipZh, negotiationEn]));
    expect(everything(reloaded)).toEqual(everything(index));
  });

  it('refuses a section whose title changed length', () => {
    const json = JSON.parse(JSON.stringify(index.toJSON()));
    const renamed = playbook({ ...pricingSpec, sections: [{ ...pricingSpec.sections[0]!, title: 'Discount rules' }] });
    expect(() => SearchIndex.fromJSON(json, content([negotiationEn, relationshipZh, renamed, pricingZh]))).toThrow(/changed/);
  });
});
