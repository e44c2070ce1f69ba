// The trainer's Git methods: the workspace's status, the section diff of a changed file, commit, pull, push, and
// the settings for commits and credentials. Merged into `apiArgs` and `ApiResults` in contract.ts.
import { z } from 'zod';
import { LANGS } from '../model';
import type { CommitOutcome, FileDiff, GitSettingsView, GitStatus, PullOutcome, PushOutcome, SectionChangeText } from '../git/gitStatus';

export const gitArgs = {
  /** `fetch`: ask the remote first, so ahead/behind are current (slower, needs the network). */
  gitStatus: z.object({ fetch: z.boolean().optional() }),
  gitDiff: z.object({ path: z.string().min(1).max(500) }),
  /** Commits every change in the workspace; the author is the profile's name. */
  gitCommit: z.object({ profileId: z.string().min(1).max(200), message: z.string().trim().min(1).max(5000) }),
  gitPull: z.object({}),
  gitPush: z.object({}),
  gitSettings: z.object({}),
  /** `email: null` clears it; `token: null` forgets the stored credentials. */
  saveGitSettings: z.object({
    email: z.string().trim().email().max(200).nullable().optional(),
    username: z.string().trim().min(1).max(200).optional(),
    token: z.string().min(1).max(1000).nullable().optional(),
  }),
  /** Freshness: the old and new text of a changed section that questions or cases refer to. */
  sectionChangeText: z.object({ ref: z.string().min(1).max(300), lang: z.enum(LANGS) }),
} as const;

export interface GitResults {
  gitStatus: GitStatus;
  gitDiff: FileDiff;
  gitCommit: CommitOutcome;
  gitPull: PullOutcome;
  gitPush: PushOutcome;
  gitSettings: GitSettingsView;
  saveGitSettings: GitSettingsView;
  sectionChangeText: SectionChangeText;
}
