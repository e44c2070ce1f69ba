// Reading a repository's history for the trainer's Git actions: the branch's upstream, how many commits each
// side has that the other lacks, and which files two commits differ in.
import fs from 'node:fs';
import git, { TREE, type WalkerEntry } from 'isomorphic-git';

export interface Upstream {
  branch: string;
  remote: string;
  /** The branch on the remote, e.g. `main`. */
  remoteBranch: string;
  /** The remote-tracking ref, e.g. `refs/remotes/origin/main`. */
  trackingRef: string;
}

/** The current branch's upstream from its Git config, else `origin/<same name>` when there is an `origin`. */
export async function upstreamOf(dir: string): Promise<Upstream | undefined> {
  const branch = await git.currentBranch({ fs, dir });
  if (!branch) return undefined;
  const configured = (await git.getConfig({ fs, dir, path: `branch.${branch}.remote` })) as string | undefined;
  const merge = (await git.getConfig({ fs, dir, path: `branch.${branch}.merge` })) as string | undefined;
  const remotes = await git.listRemotes({ fs, dir });
  const remote = configured ?? (remotes.some((candidate) => candidate.remote === 'origin') ? 'origin' : undefined);
  if (!remote || !remotes.some((candidate) => candidate.remote === remote)) return undefined;
  const remoteBranch = merge ? merge.replace(/^refs\/heads\//, '') : branch;
  return { branch, remote, remoteBranch, trackingRef: `refs/remotes/${remote}/${remoteBranch}` };
}

/** Commits here not on the remote-tracking branch, and there not here (0 and 0 when either side has none). */
export async function aheadBehind(dir: string, upstream: Upstream): Promise<{ ahead: number; behind: number }> {
  const local = await git.resolveRef({ fs, dir, ref: 'HEAD' }).catch(() => undefined);
  const remote = await git.resolveRef({ fs, dir, ref: upstream.trackingRef }).catch(() => undefined);
  if (!local || !remote) return { ahead: 0, behind: 0 };
  return { ahead: await countOnlyIn(dir, local, remote), behind: await countOnlyIn(dir, remote, local) };
}

/** How many commits are reachable from `tip` but not from `other`. */
export async function countOnlyIn(dir: string, tip: string, other: string): Promise<number> {
  const seen = new Set((await git.log({ fs, dir, ref: other })).map((entry) => entry.oid));
  return (await git.log({ fs, dir, ref: tip })).filter((entry) => !seen.has(entry.oid)).length;
}

/** Files whose content differs between two commits (added, changed or removed). */
export async function changedBetween(dir: string, from: string, to: string): Promise<string[]> {
  const files: string[] = [];
  await git.walk({
    fs,
    dir,
    trees: [TREE({ ref: from }), TREE({ ref: to })],
    map: async (filepath: string, entries: (WalkerEntry | null)[]) => {
      if (filepath === '.') return undefined;
      const [a, b] = entries;
      const types = await Promise.all([a?.type(), b?.type()]);
      // Folders are walked into; their files are listed one by one.
      if (types.includes('tree')) return true;
      const [oidA, oidB] = await Promise.all([a?.oid(), b?.oid()]);
      if (oidA !== oidB) files.push(filepath);
      return true;
    },
  });
  return files;
}
