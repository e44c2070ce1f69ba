import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model';
import { parsePlaybook } from './parsePlaybook';
import { markdownOf, playbookBody } from './playbookBody';
import { exactFingerprint, textFingerprint } from './textFingerprint';

const source = { root: '/content', file: '/content/playbooks/en/call.md' };
const lines = (...rows: string[]) => rows.join('\n');
const at = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`);
const front = ['---', 'id: call', 'title: Call', 'lang: en', '---'];

describe('parsePlaybook', () => {
  it('reads front matter, sections and blocks with their lines', () => {
    const text = lines('---', 'id: call', 'title: The call', 'lang: en', 'roles: [sales-rep]', 'tags: [questions]', 'updated: 2025-01-31',
      'situations:', '  prep--ask-who-signs: ["Who decides?", "The buyer says the boss decides"]', '---',
      'Intro.', '', '## Before the call {#prep}', 'Read the notes.', '', '::: tactic Ask *who* signs', 'Who else decides?', ':::', '', '## 废标风险', '::: quote 王经理', '先听。', ':::');
    const result = parsePlaybook(text, source);
    expect(result.diagnostics).toEqual([]);
    const playbook = result.item!;
    expect(playbook).toMatchObject({ id: 'call', lang: 'en', title: 'The call', summary: '', roles: ['sales-rep'], stages: [], tags: ['questions'], related: [], updated: '2025-01-31', bodyLine: 11 });
    expect(playbook).not.toHaveProperty('situations');
    const body = playbookBody(text)!;
    expect(body.split('\n')[0]).toBe('Intro.');
    expect(playbook).toMatchObject({ bodyHash: textFingerprint(body), bodyChecksum: exactFingerprint(body) });
    expect(playbook.sections.map(({ anchor, title, line }) => ({ anchor, title, line }))).toEqual([
      { anchor: 'prep', title: 'Before the call', line: 13 },
      { anchor: '废标风险', title: '废标风险', line: 20 },
    ]);
    expect(playbook.sections.map((section) => markdownOf(body, section))).toEqual(['Read the notes.\n\n::: tactic Ask *who* signs\nWho else decides?\n:::\n', '::: quote 王经理\n先听。\n:::']);
    expect(playbook.sections[0]!.text).toBe('Read the notes.\nAsk who signs\nWho else decides?');
    expect(playbook.blocks.map(({ start, end, hash, ...block }) => ({ ...block, markdown: markdownOf(body, { start, end }), hash }))).toEqual([
      { kind: 'tactic', title: 'Ask who signs', section: 'prep', anchor: 'prep--ask-who-signs', line: 16, markdown: 'Who else decides?', text: 'Who else decides?', situations: ['Who decides?', 'The buyer says the boss decides'], hash: textFingerprint('Ask who signs\nWho else decides?') },
      { kind: 'quote', title: '王经理', section: '废标风险', anchor: '废标风险--王经理', line: 21, markdown: '先听。', text: '先听。', situations: [], hash: textFingerprint('王经理\n先听。') },
    ]);
    expect(playbook.sections.map((section) => section.situations)).toEqual([[], []]);
    expect(result.idAt).toEqual({ line: 2, column: 5 });
  });

  it('reports situations for an anchor that names no searched section or tactic, where the anchor is written', () => {
    const text = lines('---', 'id: call', 'title: Call', 'lang: en', 'situations:', '  prpe: [The buyer is late]', '  prep--boss: [Quoted]', '---',
      '## Prep {#prep}', '::: quote Boss', 'Hi.', ':::');
    expect(at(parsePlaybook(text, source).diagnostics)).toEqual([
      '6:3 error: situations for "prpe": no section or tactic of this playbook has that anchor (did you mean "prep"?)',
      // A quote is not searched, so situations there would never be found.
      '7:3 error: situations for "prep--boss": no section or tactic of this playbook has that anchor',
    ]);
    const empty = lines('---', 'id: call', 'title: Call', 'lang: en', 'situations:', '  prep: [""]', '---', '## Prep {#prep}');
    expect(at(parsePlaybook(empty, source).diagnostics)).toEqual(['6:10 error: "situations.prep[0]" must not be empty']);
  });

  it('counts lines the same with CRLF line endings and a byte-order mark', () => {
    const result = parsePlaybook(`\uFEFF${lines(...front, '## One', 'x').replaceAll('\n', '\r\n')}`, source);
    expect(result.item?.sections[0]).toMatchObject({ anchor: 'one', line: 6 });
  });

  it('requires front matter', () => {
    expect(at(parsePlaybook('## Just a body', source).diagnostics)).toEqual(['1:1 error: a playbook starts with YAML front matter between two "---" lines (id, title, lang)']);
    expect(at(parsePlaybook(lines('---', 'id: call'), source).diagnostics)).toEqual(['1:1 error: the front matter opened here is never closed with a "---" line']);
  });

  it('reports front-matter problems at their line in the file, with the nearest valid name', () => {
    const result = parsePlaybook(lines('---', 'id: Call_1', 'titel: Call', 'lang: zh', 'roles: [sales-rap]', '---', '## One'), source);
    expect(result.item).toBeUndefined();
    expect(at(result.diagnostics)).toEqual([
      '2:1 error: missing required field "title"',
      '2:5 error: "id" must be lower-case kebab-case (letters, digits and "-"), like "discovery-call"',
      '3:1 error: unknown field "titel" (did you mean "title"?)',
      '4:7 error: "lang" must be one of zh-CN, en, not "zh" (did you mean "zh-CN"?)',
      '5:9 error: "roles[0]" must be one of order-coordinator, sales-rep, sales-manager, regional-manager, not "sales-rap" (did you mean "sales-rep"?)',
    ]);
  });

  it('reads `beyond` marks for the whole playbook and for its sections', () => {
    const text = lines('---', 'id: call', 'title: Call', 'lang: en', 'beyond:', '  - kind: course', '  - section: prep', '    kind: practice', '    note: "Common practice in B2B field sales."', '---', '## Prep', 'Read the notes.');
    const result = parsePlaybook(text, source);
    expect(result.diagnostics).toEqual([]);
    expect(result.item?.beyond).toEqual([{ kind: 'course' }, { section: 'prep', kind: 'practice', note: 'Common practice in B2B field sales.' }]);
    expect(parsePlaybook(lines(...front, '## Prep'), source).item).not.toHaveProperty('beyond');
  });

  it('reports a `beyond` mark on an unknown section at its line', () => {
    const text = lines('---', 'id: call', 'title: Call', 'lang: en', 'beyond:', '  - section: prep', '    kind: practice', '  - section: perp', '    kind: course', '  - section: walk-away', '    kind: course', '---', '## Prep', 'x', '## Close', 'y');
    const result = parsePlaybook(text, source);
    expect(at(result.diagnostics)).toEqual([
      '8:14 error: no section of this playbook has the anchor "perp" (did you mean "prep"?); omit "section" to mark the whole playbook',
      '10:14 error: no section of this playbook has the anchor "walk-away" (its sections are prep, close); omit "section" to mark the whole playbook',
    ]);
  });

  it('reports a `beyond` mark of an unknown kind, or with an empty note, at its line', () => {
    const text = lines('---', 'id: call', 'title: Call', 'lang: en', 'beyond:', '  - kind: opinion', '  - kind: course', '    note: "  "', '---', '## Prep');
    expect(at(parsePlaybook(text, source).diagnostics)).toEqual([
      '6:11 error: "beyond[0].kind" must be one of practice, course, not "opinion"',
      expect.stringMatching(/^8:11 error: "beyond\[1\]\.note"/),
    ]);
  });

  it('reports YAML syntax errors in the front matter at their file line', () => {
    const result = parsePlaybook(lines('---', 'id: call', 'title: [oops', 'lang: en', '---', '## One'), source);
    expect(result.item).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ file: source.file, line: 4, severity: 'error' });
    expect(result.diagnostics[0]!.message).toMatch(/^YAML: /);
  });

  it('reports an unknown block kind and an unclosed block', () => {
    const result = parsePlaybook(lines(...front, '## One', '  ::: tatic Ask', 'x', ':::', '', '::: pitfall Never closed', 'y'), source);
    expect(at(result.diagnostics)).toEqual([
      '7:3 error: unknown block "tatic" (did you mean "tactic"?); blocks are tactic, pitfall, example, checklist, quote',
      '11:1 error: "::: pitfall" is never closed; end the block with a line ":::"',
    ]);
    expect(result.item).toBeUndefined();
  });

  it('reports a block left open at its opening line when a later block or section follows', () => {
    const nextBlock = parsePlaybook(lines(...front, '## One', '::: tactic Left open', 'x', '', '::: pitfall Closed', 'y', ':::'), source);
    expect(at(nextBlock.diagnostics)).toContain('7:1 error: "::: tactic" is not closed before the block at line 10; end the block with a line ":::" above it');
    expect(nextBlock.item).toBeUndefined();
    const nextSection = parsePlaybook(lines(...front, '## One', '::: tactic Left open', 'x', '', '## Two', 'y', '::: pitfall Closed', 'z', ':::'), source);
    expect(at(nextSection.diagnostics)).toContain('7:1 error: "::: tactic" is not closed before the section at line 10; end the block with a line ":::" above it');
  });

  it('refuses links and images the app will not follow, at their line and column', () => {
    const result = parsePlaybook(
      lines(...front, '## One', 'See [a](javascript:alert(1)) or [b](javascript&#58;x).', '', 'Go [here](notes.html), ![map](../../../../x.png), ![ok](img/ok.png)', '[self](#one) [nope](#onee)'),
      source,
    );
    expect(at(result.diagnostics)).toEqual([
      '7:9 error: link refused: "javascript:" links are not allowed; use http(s):, mailto: or playbook-id#anchor',
      '7:33 error: link refused: "javascript:" links are not allowed; use http(s):, mailto: or playbook-id#anchor',
      '9:11 error: link refused: "notes.html" is not a link the app can follow; use http(s):, mailto: or an internal playbook-id#anchor',
      '9:31 error: image refused: "../../../../x.png" points outside the content folder',
      '10:21 error: link to "#onee": no section or block of this playbook has that anchor (did you mean "one"?)',
    ]);
  });

  it('collects links to other playbooks, related ids and images for the loader', () => {
    const result = parsePlaybook(lines('---', 'id: call', 'title: Call', 'lang: en', 'related: [pricing]', '---', '## One', 'See [p](pricing#floor) ![d](img/d.svg)'), source);
    expect(result.references).toEqual([
      { kind: 'playbook', id: 'pricing', anchor: 'floor', line: 8, column: 9 },
      { kind: 'playbook', id: 'pricing', line: 5, column: 11 },
    ]);
    expect(result.images).toEqual([{ path: 'playbooks/en/img/d.svg', line: 8, column: 29 }]);
  });

  it('warns about raw HTML, duplicate and empty anchors, and a playbook without sections', () => {
    expect(at(parsePlaybook(lines(...front, 'Only text with <b>bold</b>.'), source).diagnostics)).toEqual([
      '6:1 warning: this playbook has no "## " sections; sections are what search finds and what quiz refs point to',
      '6:16 warning: raw HTML "<b>" is shown as text, not rendered; write it in Markdown',
    ]);
    const result = parsePlaybook(lines(...front, '## Price', '## Price', '## ???'), source);
    expect(at(result.diagnostics)).toEqual([
      '7:1 warning: another section already has the anchor "price", so this one gets "price-2"; give it an explicit {#anchor}',
      '8:1 warning: this heading gives no anchor (it has no letters or digits), so it gets "section-3"; add an explicit {#anchor}',
    ]);
    expect(result.item?.sections.map((s) => s.anchor)).toEqual(['price', 'price-2', 'section-3']);
  });
});

describe('parsePlaybook limits', () => {
  const heading = (n: number) => `## H${n}`;
  it('refuses more than 5,000 headings at the first heading over the limit, without parsing the rest', () => {
    const text = lines(...front, ...Array.from({ length: 5_001 }, (_, i) => heading(i)));
    const result = parsePlaybook(text, source);
    expect(result.item).toBeUndefined();
    expect(at(result.diagnostics)).toEqual(['5006:1 error: more than 5,000 headings, the most one document may have; split it into several playbooks; this playbook is not loaded']);
    expect(parsePlaybook(lines(...front, ...Array.from({ length: 5_000 }, (_, i) => heading(i))), source).item?.sections).toHaveLength(5_000);
  });

  it('refuses nesting markdown-it would cut off, instead of silently losing the rest of the file', () => {
    const result = parsePlaybook(lines(...front, '## Deep', '', `${'> '.repeat(120)}lost`, '', '## After'), source);
    expect(result.item).toBeUndefined();
    expect(at(result.diagnostics)).toEqual([expect.stringMatching(/^8:1 error: lists, quotes or blocks here are nested deeper than 100 levels/)]);
    expect(parsePlaybook(lines(...front, '## Deep', '', `${'> '.repeat(20)}kept`), source).item?.sections[0]?.text).toBe('kept');
  });

  it('refuses more than 5,000 blocks', () => {
    const result = parsePlaybook(lines(...front, '## S', ...Array.from({ length: 5_001 }, () => '::: tactic T\nx\n:::')), source);
    expect(at(result.diagnostics)).toEqual([expect.stringMatching(/^15007:1 error: more than 5,000 ":::" blocks/)]);
  });
});
