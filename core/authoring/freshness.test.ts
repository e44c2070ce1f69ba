import { describe, expect, it } from 'vitest';
import { CASE, contentOf, PLAYBOOK, SAMPLE, withText } from './sampleTexts.fixture';
import { markVerified } from './markVerified';
import { overdueReviews } from './overdueReviews';
import { sectionHash } from '../content/sectionHash';
import { referencedSectionHashes, staleReferences } from './staleReferences';

const playbookWith = (front: string) => contentOf(withText('playbooks/en/discovery-call.md', PLAYBOOK.replace('owner: Enablement\nreviewEvery: 90\nverified: 2025-01-01\n', front)));

describe('overdueReviews', () => {
  it('is due reviewEvery days after the last verification', () => {
    const content = contentOf(SAMPLE);
    expect(overdueReviews(content, new Date('2025-03-31T23:00:00Z'))).toEqual([]);
    expect(overdueReviews(content, new Date('2025-04-01T08:00:00Z'))).toEqual([
      { id: 'discovery-call', lang: 'en', title: 'The discovery call', owner: 'Enablement', lastReviewed: '2025-01-01', reviewEvery: 90, dueOn: '2025-04-01', overdueDays: 0, file: '/content-root/playbooks/en/discovery-call.md' },
    ]);
    expect(overdueReviews(content, new Date('2025-04-11T08:00:00Z'))[0]?.overdueDays).toBe(10);
  });

  it('defaults to 180 days from `updated`, the author as owner, and treats a never-reviewed playbook as overdue', () => {
    const updated = playbookWith('author: Wang\nupdated: 2025-01-01\n');
    expect(overdueReviews(updated, new Date('2025-06-29T12:00:00Z'))).toEqual([]);
    expect(overdueReviews(updated, new Date('2025-06-30T12:00:00Z'))).toMatchObject([{ owner: 'Wang', reviewEvery: 180, dueOn: '2025-06-30', overdueDays: 0 }]);
    expect(overdueReviews(playbookWith(''), new Date('2025-01-01T00:00:00Z'))).toMatchObject([{ dueOn: null, overdueDays: null, reviewEvery: 180 }]);
  });

  it('rejects a reviewEvery that is not a whole number of days, at its line', () => {
    const diagnostics = playbookWith('reviewEvery: 0.5\n').diagnostics.filter((d) => d.file.endsWith('discovery-call.md'));
    expect(diagnostics).toMatchObject([{ line: 5, severity: 'error', message: expect.stringContaining('"reviewEvery" must be') }]);
  });
});

describe('markVerified', () => {
  it('rewrites the verified date and nothing else', () => {
    expect(markVerified(PLAYBOOK, '2025-07-01')).toBe(PLAYBOOK.replace('verified: 2025-01-01', 'verified: 2025-07-01'));
  });

  it('adds the field at the end of front matter written in any style', () => {
    const text = '---\r\nid: x\r\ntitle: "A: b"\r\nroles: [sales-rep]\r\n---\r\nBody\r\n';
    expect(markVerified(text, '2025-07-01')).toBe('---\r\nid: x\r\ntitle: "A: b"\r\nroles: [sales-rep]\r\nverified: 2025-07-01\r\n---\r\nBody\r\n');
  });

  it('refuses a file without readable front matter', () => {
    expect(markVerified('# no front matter\n', '2025-07-01')).toBeUndefined();
  });
});

describe('change-driven re-checks', () => {
  const before = contentOf(SAMPLE);
  const baseline = referencedSectionHashes(before);
  const edited = contentOf(withText('playbooks/en/discovery-call.md', PLAYBOOK.replace('Read the notes.', 'Read the notes and the contract.')));

  it('fingerprints what a reference points at: a section or a block', () => {
    expect(Object.keys(baseline).sort()).toEqual(['en:discovery-call#ask-who-signs--ask-who-signs', 'en:discovery-call#prep']);
    expect(sectionHash(before, 'discovery-call#prep', 'en')).not.toBe(sectionHash(edited, 'discovery-call#prep', 'en'));
    expect(sectionHash(before, 'discovery-call#prep', 'en')).toBe(sectionHash(contentOf(withText('playbooks/en/discovery-call.md', PLAYBOOK.replace('Read the notes.', 'Read the notes.   \n\n'))), 'discovery-call#prep', 'en'));
    expect(sectionHash(before, 'discovery-call#nope', 'en')).toBeUndefined();
  });

  it('flags the questions and cases referring to a changed section, and only those', () => {
    expect(staleReferences(before, baseline)).toEqual([]);
    expect(staleReferences(edited, baseline)).toEqual([
      {
        lang: 'en',
        ref: 'discovery-call#prep',
        referrers: [
          { kind: 'question', id: 'discovery-quiz', detail: 'prep-first', file: '/content-root/content/quizzes/en/discovery-quiz.yaml', line: 6 },
          // A case lesson points at its own line, not at the top of the file.
          { kind: 'case', id: 'tender', detail: 'Prepare.', file: '/content-root/content/cases/en/tender.yaml', line: CASE.split('\n').findIndex((line) => line.includes('- text: Prepare.')) + 1 },
        ],
      },
    ]);
    expect(staleReferences(edited, referencedSectionHashes(edited))).toEqual([]);
  });
});
