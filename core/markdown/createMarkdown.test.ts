// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown, toPlainText, type RenderContext } from './createMarkdown';

const ctx: RenderContext = {
  playbookId: 'discovery-call',
  documentPath: 'playbooks/en/discovery-call.md',
  resolveImage: (path) => `content://${path}`,
  hasPlaybook: (id) => id === 'discovery-call' || id === 'tender',
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe('renderMarkdown', () => {
  it('gives section headings their anchors as ids, explicit or slugified, de-duplicated', () => {
    const doc = parse(renderMarkdown('## Walk-away point\n\n## 废标风险\n\n## Prep {#before-the-call}\n\n## Walk-away point', ctx));
    expect([...doc.querySelectorAll('h2')].map((h) => [h.id, h.textContent])).toEqual([
      ['walk-away-point', 'Walk-away point'],
      ['废标风险', '废标风险'],
      ['before-the-call', 'Prep'],
      ['walk-away-point-2', 'Walk-away point'],
    ]);
  });

  it('renders every container kind as a titled section with a block anchor', () => {
    const md = ['## Call', '::: tactic Ask about *budget*', 'Text', ':::', '::: pitfall Talking too much', 'x', ':::',
      '::: example A call', 'x', ':::', '::: checklist Before', '- [ ] Agenda', '- [x] Names', ':::', '::: quote Elite rep', 'Listen first.', ':::'].join('\n');
    const doc = parse(renderMarkdown(md, ctx));
    const blocks = [...doc.querySelectorAll('section.block')];
    expect(blocks.map((b) => [b.className, b.id])).toEqual([
      ['block block-tactic', 'call--ask-about-budget'],
      ['block block-pitfall', 'call--talking-too-much'],
      ['block block-example', 'call--a-call'],
      ['block block-checklist', 'call--before'],
      ['block block-quote', 'call--elite-rep'],
    ]);
    expect(blocks[0]!.querySelector('.block-title em')?.textContent).toBe('budget');
    expect([...blocks[3]!.querySelectorAll('input[type=checkbox]')].map((i) => (i as HTMLInputElement).checked)).toEqual([false, true]);
    expect([...blocks[3]!.querySelectorAll('label')].map((label) => [label.querySelector('input') !== null, label.textContent?.trim()])).toEqual([
      [true, 'Agenda'],
      [true, 'Names'],
    ]);
    expect(blocks[4]!.querySelector('blockquote')?.textContent?.trim()).toBe('Listen first.');
    expect(blocks[4]!.querySelector('.block-source')?.textContent).toBe('— Elite rep');
  });

  it('turns internal links into app routes and marks the dangling ones', () => {
    const doc = parse(renderMarkdown('[a](tender#废标风险) [b](#walk-away-point) [c](missing-one) [d](https://example.com) [e](mailto:a@b.c)', ctx));
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/playbook/tender/%E5%BA%9F%E6%A0%87%E9%A3%8E%E9%99%A9',
      '#/playbook/discovery-call/walk-away-point',
      '#/playbook/missing-one',
      'https://example.com',
      'mailto:a@b.c',
    ]);
    expect(links[0]!.dataset).toMatchObject({ playbook: 'tender', anchor: '废标风险' });
    expect(links[2]!.classList.contains('link-dangling')).toBe(true);
    expect(links[0]!.classList.contains('link-dangling')).toBe(false);
    expect(links[3]!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('resolves images inside the content root through the callback and refuses the rest', () => {
    const doc = parse(renderMarkdown('![map](img/map.svg "Map") ![out](../../../x.png) ![remote](https://t.example/p.png)', ctx));
    expect([...doc.querySelectorAll('img')].map((i) => [i.getAttribute('src'), i.alt, i.title])).toEqual([
      ['content://playbooks/en/img/map.svg', 'map', 'Map'],
    ]);
    expect([...doc.querySelectorAll('.image-refused')].map((s) => s.textContent)).toEqual(['out', 'remote']);
    expect(renderMarkdown('![a](a.png)', { documentPath: 'a.md' })).toContain('<span class="image-refused">a</span>');
  });

  it('renders an empty corner cell of a table header as a plain cell, the named ones as header cells', () => {
    const doc = parse(renderMarkdown('| | Wrong | Where |\n|---|---|---|\n| Tactics | Scripts | Talk |\n', ctx));
    expect([...doc.querySelectorAll('thead tr > *')].map((cell) => `${cell.tagName}:${cell.textContent}`)).toEqual(['TD:', 'TH:Wrong', 'TH:Where']);
  });

  it('keeps CJK emphasis and joins wrapped CJK lines without a space', () => {
    expect(renderMarkdown('**客户关系：**是核心。')).toBe('<p><strong>客户关系：</strong>是核心。</p>\n');
    expect(renderMarkdown('第一行\n第二行\nand English\nwords')).toBe('<p>第一行第二行\nand English\nwords</p>\n');
  });
});

describe('hostile Markdown', () => {
  const hostile = [
    '[a](javascript:alert(1)) [b](javascript&#58;alert(1)) [c](JAVASCRIPT:alert(1)) <javascript:alert(1)>',
    '[d](data:text/html;base64,PHNjcmlwdD4=) [e](vbscript:msgbox) [f](file:///etc/passwd) [g](//evil.example)',
    '[ref link][r]\n\n[r]: javascript:alert(1)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">raw</a>',
    '[t](https://example.com "x\\" onmouseover=\\"alert(1)")',
    '![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) ![js](javascript:alert(1))',
    '![i](x.png "a\\" onerror=\\"alert(1)")',
    '::: tactic <img src=x onerror=alert(1)> "><script>alert(1)</script>\nbody\n:::',
    '::: quote [q](javascript:alert(1))\nq\n:::',
    '## Heading {#"><script>alert(1)</script>}',
    '## x" onmouseover="alert(1)',
    '<iframe src="https://evil.example"></iframe>\n\n<svg onload=alert(1)>',
  ].join('\n\n');

  it('produces no script, no event handler and no unsafe URL', () => {
    const doc = parse(renderMarkdown(hostile, { ...ctx, resolveImage: (path) => `content://${path}` }));
    expect(doc.querySelectorAll('script, iframe, svg, object, embed, style').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const { name, value } of el.attributes) {
        expect(name.startsWith('on'), `${el.tagName} ${name}`).toBe(false);
        if (name === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:|#\/playbook\/)/);
        if (name === 'src') expect(value).toMatch(/^content:\/\//);
      }
    }
    // Only the honest web link and the URL written as text inside the raw iframe (linkified) survive as links.
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.com', 'https://evil.example']);
  });

  it('refuses a resolver URL a browser could run as script', () => {
    const html = renderMarkdown('![a](a.png) ![b](b.png)', { resolveImage: (p) => (p === 'a.png' ? 'javascript:alert(1)' : 'data:image/svg+xml,<svg>') });
    expect(html).not.toContain('<img');
  });

  it('escapes raw HTML in inline renders', () => {
    expect(renderInline('<b onclick="x">hi</b> **ok**')).toBe('&lt;b onclick=&quot;x&quot;&gt;hi&lt;/b&gt; <strong>ok</strong>');
  });
});

describe('toPlainText', () => {
  it('keeps the words, drops the markup, one line per block', () => {
    const text = toPlainText('Intro with **bold** and [a link](https://x.y).\n\n::: tactic Ask *why*\n- [ ] 了解预算\n- second\n:::\n\n```\ncode here\n```');
    expect(text).toBe('Intro with bold and a link.\nAsk why\n了解预算\nsecond\ncode here');
  });
});
