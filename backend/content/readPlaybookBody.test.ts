import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownOf, playbookBody } from '../../core/content/playbookBody';
import { pathInRoot } from '../../core/content/parseResult';
import { textFingerprint } from '../../core/content/textFingerprint';
import { blockMeta, headingMeta } from '../../core/markdown/anchors';
import { markdownTokens } from '../../core/markdown/createMarkdown';
import type { Playbook } from '../../core/model';
import { defaultContentRoots, loadContent } from './loadContent';
import { readPlaybookBody } from './readPlaybookBody';

const valid = fileURLToPath(new URL('../../test/fixtures/valid', import.meta.url));
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The Markdown of each section and block by anchor, cut the way the parser did before offsets: lines joined anew. */
function slicedByLines(playbook: Playbook, body: string): Map<string, string> {
  const lines = body.split('\n');
  const tokens = markdownTokens(body, { playbookId: playbook.id, documentPath: pathInRoot(playbook.source) });
  const headings = tokens.flatMap((token) => {
    const meta = headingMeta(token);
    return meta && token.map ? [{ anchor: meta.anchor, start: token.map[0], contentStart: token.map[1] }] : [];
  });
  const sliced = new Map(headings.map((heading, i) => [heading.anchor, lines.slice(heading.contentStart, headings[i + 1]?.start ?? lines.length).join('\n')]));
  for (const token of tokens) {
    const meta = blockMeta(token);
    if (meta && token.nesting === 1 && token.map) sliced.set(meta.anchor, lines.slice(token.map[0] + 1, token.map[1]).join('\n'));
  }
  return sliced;
}

describe('the shipped pack', () => {
  it('gives back, by section and block offsets, exactly the Markdown lines cut from the body, and the same fingerprints', async () => {
    const content = await loadContent(defaultContentRoots());
    expect(content.playbooks.length).toBeGreaterThan(5);
    let parts = 0;
    for (const playbook of content.playbooks) {
      const body = await readPlaybookBody(playbook);
      expect(body, playbook.source.file).toBeDefined();
      expect(playbook.bodyHash).toBe(textFingerprint(body!));
      const sliced = slicedByLines(playbook, body!);
      expect(sliced.size).toBe(playbook.sections.length + playbook.blocks.length);
      for (const part of [...playbook.sections, ...playbook.blocks]) {
        const markdown = sliced.get(part.anchor);
        expect(markdownOf(body!, part), `${playbook.source.file}#${part.anchor}`).toBe(markdown);
        expect(part.hash).toBe(textFingerprint(`${part.title}\n${markdown}`));
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(50);
  });
});

describe('readPlaybookBody', () => {
  async function loaded(): Promise<{ playbook: Playbook; file: string; text: string }> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'pbt-body-'));
    temps.push(root);
    await cp(valid, root, { recursive: true });
    const playbook = (await loadContent([root])).playbooks.find((candidate) => candidate.id === 'discovery-call' && candidate.lang === 'en')!;
    return { playbook, file: playbook.source.file, text: await readFile(playbook.source.file, 'utf8') };
  }

  it('reads the body the playbook was parsed from', async () => {
    const { playbook, text } = await loaded();
    const body = await readPlaybookBody(playbook);
    expect(text.endsWith(body!)).toBe(true);
    expect(markdownOf(body!, playbook.sections[0]!)).toContain('Read the account history the company keeps');
  });

  it('is undefined once the file holds another body, even one that differs only in spaces at line ends', async () => {
    const { playbook, file, text } = await loaded();
    await writeFile(file, text.replace('Read the account history', 'Read the whole account history'));
    expect(await readPlaybookBody(playbook)).toBeUndefined();
    // The same text to read (so the same bodyHash), but every offset after the first line has moved.
    const spaced = text.replace('Elite reps spend it listening.\n', 'Elite reps spend it listening.   \n');
    expect(textFingerprint(playbookBody(spaced)!)).toBe(playbook.bodyHash);
    await writeFile(file, spaced);
    expect(await readPlaybookBody(playbook)).toBeUndefined();
  });

  it('is undefined when the file is gone', async () => {
    const { playbook, file } = await loaded();
    await unlink(file);
    expect(await readPlaybookBody(playbook)).toBeUndefined();
  });
});
