// A branching case for tests: the elite path is intro → d1 (option 1) → d2 (option 0) → close → end, worth 3 + 3 points.
import type { CaseReplay } from '../model';

export const sampleCase: CaseReplay = {
  kind: 'case',
  id: 'price-pushback',
  lang: 'en',
  title: 'Price pushback',
  summary: 'A buyer pushes on price in the first call.',
  roles: ['sales-rep'],
  playbooks: ['negotiation'],
  start: 'intro',
  steps: [
    { id: 'intro', narrative: 'The buyer opens with *price*.', next: 'd1', line: 10 },
    {
      id: 'd1',
      narrative: 'They ask for your best price.',
      commentary: 'Goals first: price without context anchors low.',
      decision: {
        prompt: 'What do you say?',
        options: [
          { text: 'Quote the list price', points: 0, elite: false, outcome: 'They anchor on it.', next: 'd2' },
          { text: 'Ask about their goals', points: 3, elite: true, outcome: 'They open up.', next: 'd2' },
          { text: 'Send a brochure', points: 1, elite: false, outcome: 'They go quiet.', next: 'end' },
        ],
      },
      line: 14,
    },
    {
      id: 'd2',
      narrative: 'They mention a competitor.',
      decision: {
        prompt: 'Next?',
        options: [
          { text: 'Compare on value', points: 3, elite: true, outcome: 'Value lands.', next: 'close' },
          { text: 'Ask for a trial', points: 2, elite: false, outcome: 'They agree to a trial.', next: 'trial' },
        ],
      },
      line: 30,
    },
    {
      id: 'trial',
      narrative: 'The trial goes well.',
      commentary: 'Now secure the sponsor.',
      decision: {
        prompt: 'After the trial?',
        options: [{ text: 'Book the sponsor meeting', points: 3, elite: true, outcome: 'Booked.', next: 'close' }],
      },
      line: 40,
    },
    { id: 'close', narrative: 'You agree next steps.', next: 'end', line: 50 },
  ],
  debrief: 'Lead with goals.',
  lessons: [{ text: 'Ask before you quote.', ref: 'negotiation#price-objection', line: 54 }, { text: 'Know your walk-away point.', line: 56 }],
  source: { root: 'content-root', file: 'content/cases/price-pushback.yaml', line: 1 },
};
