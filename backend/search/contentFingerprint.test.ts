import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentSet } from '../../core/model';
import { loadContent } from '../content/loadContent';
import { contentFingerprint } from './contentFingerprint';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/valid', import.meta.url));

let content: ContentSet;
beforeAll(async () => {
  content = await loadContent([FIXTURES]);
});

const itemHashes = (set: ContentSet) => new Map(contentFingerprint(set).items.map((item) => [item.key, item.hash]));

describe('contentFingerprint', () => {
  it('is the same for the same content, whatever the order of its items', async () => {
    const reloaded = await loadContent([FIXTURES]);
    const reordered = { ...reloaded, playbooks: [...reloaded.playbooks].reverse() };
    expect(contentFingerprint(reordered).hash).toBe(contentFingerprint(content).hash);
    expect(contentFingerprint(content).hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the searched text of one item, and only that item’s hash changes', () => {
    const edited = structuredClone(content);
    const playbook = edited.playbooks.find((p) => p.id === 'walk-away-point')!;
    playbook.sections[0]!.text += ' Write it down.';
    expect(contentFingerprint(edited).hash).not.toBe(contentFingerprint(content).hash);
    const [before, after] = [itemHashes(content), itemHashes(edited)];
    const differing = [...after.keys()].filter((key) => after.get(key) !== before.get(key));
    expect(differing).toEqual(['playbook:en:walk-away-point']);
  });

  it('changes when an item is added or removed', () => {
    const removed = { ...content, playbooks: content.playbooks.filter((p) => p.id !== 'walk-away-point') };
    const added = { ...content, cases: [...content.cases, { ...content.cases[0]!, id: 'another-case' }] };
    const hashes = new Set([content, removed, added].map((set) => contentFingerprint(set).hash));
    expect(hashes.size).toBe(3);
  });

  it('ignores what is not searched: learning paths and quiz questions', () => {
    const edited = structuredClone(content);
    edited.paths = [];
    edited.quizzes[0]!.questions = edited.quizzes[0]!.questions.slice(1);
    expect(edited.quizzes[0]!.questions.length).toBeGreaterThan(0);
    expect(contentFingerprint(edited).hash).toBe(contentFingerprint(content).hash);
  });
});
