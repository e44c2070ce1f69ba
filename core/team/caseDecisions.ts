// Where reps leave the elite path in case replays: each decision with the share of finished replays that chose
// something else than the elite option, and the option they chose most instead.
import type { ContentSet, Lang } from '../model';
import { findItem } from '../content/findItem';
import { optionKey } from '../records/xapiVocabulary';
import type { CaseStepTally } from './TeamAggregate';

export interface CaseDecision {
  caseId: string;
  step: string;
  caseTitle?: string;
  prompt?: string;
  attempts: number;
  offElite: number;
  offShare: number;
  /** The most chosen option other than the elite one. */
  commonDetour?: { key: string; count: number; text?: string };
}

export function caseDecisions(cases: Readonly<Record<string, Record<string, CaseStepTally>>>, content?: ContentSet, lang: Lang = 'en'): CaseDecision[] {
  const rows: CaseDecision[] = [];
  for (const [caseId, steps] of Object.entries(cases)) {
    const replay = content ? findItem(content.cases, caseId, lang) : undefined;
    for (const [stepId, tally] of Object.entries(steps)) {
      const step = replay?.steps.find((candidate) => candidate.id === stepId);
      const optionTextOf = (key: string) => step?.decision?.options.find((_, index) => optionKey(index) === key)?.text;
      const detour = Object.entries(tally.options)
        .filter(([key]) => key !== tally.elite)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      const detourText = detour ? optionTextOf(detour[0]) : undefined;
      rows.push({
        caseId,
        step: stepId,
        ...(replay ? { caseTitle: replay.title } : {}),
        ...(step?.decision ? { prompt: step.decision.prompt } : {}),
        attempts: tally.attempts,
        offElite: tally.offElite,
        offShare: tally.attempts > 0 ? tally.offElite / tally.attempts : 0,
        ...(detour ? { commonDetour: { key: detour[0], count: detour[1], ...(detourText === undefined ? {} : { text: detourText }) } } : {}),
      });
    }
  }
  return rows.sort((a, b) => b.offShare - a.offShare || b.attempts - a.attempts || a.caseId.localeCompare(b.caseId) || a.step.localeCompare(b.step));
}
