// The team view's part of the API contract: loading the team's learning records (a folder of NDJSON exports or
// the LRS), the view computed from them, one rep's trend, and marking elite reps. Every method takes the asking
// profile and refuses one without `canViewTeam`. Merged into `apiArgs` and `ApiResults` in contract.ts.
import { z } from 'zod';
import { LANGS } from '../model';
import type { TeamView, TrendPoint } from '../team/teamView';

const id = z.string().min(1).max(200);
const lang = z.enum(LANGS);
/** An actor key: `account:<homePage>|<name>` or `mbox:<mailto:…>`. */
const actor = z.string().min(1).max(2000);
const pathId = id.optional();

export const teamArgs = {
  /** The view over everything loaded so far (the cached aggregate); `pathId`: a learning path, or `all`. */
  teamView: z.object({ profileId: id, lang, pathId }),
  /** Reads a folder of NDJSON exports (new and appended files only, after the first time), or the LRS set up for the host. */
  teamLoad: z.object({ profileId: id, source: z.discriminatedUnion('kind', [z.object({ kind: z.literal('folder'), path: z.string().min(1).max(1000) }), z.object({ kind: z.literal('lrs') })]) }),
  /** Re-reads every folder loaded before, and the LRS when one was loaded from. */
  teamRefresh: z.object({ profileId: id }),
  teamTrend: z.object({ profileId: id, actor, lang, pathId }),
  teamMarkElite: z.object({ profileId: id, actor, elite: z.boolean() }),
} as const;

export interface TeamLoadProblem {
  file: string;
  line: number;
  message: string;
}

export interface TeamLoadResult {
  read: number;
  added: number;
  duplicates: number;
  skipped: number;
  /** The first problems found (file:line and why), at most 50. */
  problems: TeamLoadProblem[];
  statements: number;
}

export interface TeamViewResult {
  view: TeamView;
  /** Where the records came from: folders loaded, LRS endpoints queried. */
  sources: { folders: string[]; lrs: string[] };
  paths: { id: string; title: string }[];
}

export interface TeamResults {
  teamView: TeamViewResult;
  teamLoad: TeamLoadResult;
  teamRefresh: TeamLoadResult;
  teamTrend: TrendPoint[];
  teamMarkElite: { elite: string[] };
}
