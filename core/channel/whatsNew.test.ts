import { describe, expect, it } from 'vitest';
import { contentOf, PLAYBOOK, QUIZ, SAMPLE, withText } from '../authoring/sampleTexts.fixture';
import { cardRefHash, type RecheckableCard } from '../review/reviewRecheck';
import { buildContentSet } from '../content/buildContentSet';
import { contentKindOf, parseContentFile } from '../content/parseContentFile';
import type { SourceText } from '../authoring/sourceText';
import { isEmpty, whatsNew } from './whatsNew';

const card = (questionId: string, refHash: string | undefined): RecheckableCard => ({
  quizId: 'discovery-quiz',
  questionId,
  lang: 'en',
  ...(refHash === undefined ? {} : { refHash }),
  due: '2030-01-01T00:00:00.000Z',
  state: 'review',
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  lastReview: '2025-01-01T00:00:00.000Z',
});

/** The same files read from another folder, as a new channel version is. */
function contentAt(root: string, files: readonly SourceText[]) {
  return buildContentSet([files.map((file) => parseContentFile(contentKindOf(file.path)!, file.text, { root, file: `${root}/${file.path}` }))]);
}

describe('whatsNew', () => {
  it('finds nothing new in the same files read from another folder', () => {
    const news = whatsNew(contentAt('/v1', SAMPLE), contentAt('/v2', SAMPLE));
    expect(news).toEqual({ playbooks: [], items: [], recheck: [] });
    expect(isEmpty(news)).toBe(true);
  });

  it('names the changed, added and removed sections of a changed playbook', () => {
    const edited = PLAYBOOK.replace('Read the notes.', 'Read the notes and the last emails.').replace('## Ask who signs', '## Map the buyers\n\nWho is who.\n\n## Ask who signs');
    const news = whatsNew(contentOf(SAMPLE), contentOf(withText('playbooks/en/discovery-call.md', edited)));
    expect(news.playbooks).toEqual([
      {
        id: 'discovery-call',
        lang: 'en',
        title: 'The discovery call',
        change: 'changed',
        sections: [
          { anchor: 'prep', title: 'Before the call', change: 'changed' },
          { anchor: 'map-the-buyers', title: 'Map the buyers', change: 'added' },
        ],
      },
    ]);
    expect(news.items).toEqual([]);
  });

  it('lists new, changed and removed quizzes, cases and playbooks', () => {
    const other = { path: 'playbooks/en/closing.md', text: '---\nid: closing\ntitle: Closing\nlang: en\n---\n## Ask\n\nAsk for the order.\n' };
    const after = [
      { path: 'playbooks/en/discovery-call.md', text: PLAYBOOK },
      other,
      { path: 'content/quizzes/en/discovery-quiz.yaml', text: QUIZ.replace('prompt: Prep matters.', 'prompt: Preparation matters.') },
    ];
    const news = whatsNew(contentOf(SAMPLE), contentOf(after));
    expect(news.playbooks).toEqual([{ id: 'closing', lang: 'en', title: 'Closing', change: 'added', sections: [] }]);
    expect(news.items).toEqual([
      { kind: 'quiz', id: 'discovery-quiz', lang: 'en', title: 'Discovery quiz', change: 'changed' },
      { kind: 'case', id: 'tender', lang: 'en', title: 'Tender', change: 'removed' },
    ]);
  });

  it('ignores a quiz that only moved down its file', () => {
    const moved = QUIZ.replace('questions:\n', '# reviewed in March\nquestions:\n');
    expect(whatsNew(contentOf(SAMPLE), contentOf(withText('content/quizzes/en/discovery-quiz.yaml', moved))).items).toEqual([]);
  });

  it('flags the cards answered against a section the update changes, not the others', () => {
    const before = contentOf(SAMPLE);
    const after = contentOf(withText('playbooks/en/discovery-call.md', PLAYBOOK.replace('Read the notes.', 'Read the notes twice.')));
    const prepHash = cardRefHash(before, { quizId: 'discovery-quiz', questionId: 'prep-first', lang: 'en' });
    const signsHash = cardRefHash(before, { quizId: 'discovery-quiz', questionId: 'who-signs', lang: 'en' });
    expect(prepHash).toBeDefined();
    const cards = [card('prep-first', prepHash), card('who-signs', signsHash), card('prep-first', undefined)];
    expect(whatsNew(before, after, cards).recheck).toEqual([{ quizId: 'discovery-quiz', questionId: 'prep-first', lang: 'en' }]);
  });
});
