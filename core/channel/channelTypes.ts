// A rep's content channel: where the trainers' content comes from (a Git repository, a pack published at a URL or
// a shared folder), the versions received from it and what the last check found.
import type { Diagnostic } from '../model';
import type { WhatsNew } from './whatsNew';

export const CHANNEL_KINDS = ['git', 'pack', 'folder'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface ChannelSubscription {
  kind: ChannelKind;
  /** The repository's URL, the pack's URL or the folder's path. */
  location: string;
  /** Git only: the branch to follow; the repository's default branch when absent. */
  branch?: string;
}

/** One received version of the channel's content, kept in the data folder. */
export interface ChannelVersion {
  /** Its folder's name under the data folder's channel versions. */
  id: string;
  /** sha256 over its files' paths and bytes: the same hash is the same content, whatever the source. */
  hash: string;
  /** What the source calls it: a commit, a pack's name and version; absent for a folder. */
  label?: string;
  receivedAt: string;
}

export const CHECK_OUTCOMES = ['updated', 'unchanged', 'refused', 'failed', 'held-back'] as const;
/**
 * updated: a new version was validated and switched to; unchanged: the source holds the current version;
 * refused: the new version has errors and was not taken; failed: the source could not be read;
 * held-back: the source holds the version the learner rolled back from.
 */
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

export interface ChannelCheck {
  at: string;
  outcome: CheckOutcome;
  /** Why a check failed, or what a refused version is called. */
  message?: string;
  /** A refused version's problems, with files named by their path inside the version. */
  diagnostics: Diagnostic[];
}

export interface ChannelStatus {
  subscription: ChannelSubscription | null;
  current: ChannelVersion | null;
  /** The version before the current one, which a roll-back returns to. */
  previous: ChannelVersion | null;
  /** A check is under way. */
  checking: boolean;
  lastCheck: ChannelCheck | null;
  /** What the current version brought over the one before it (its re-check flags are the learner's own). */
  whatsNew: WhatsNew | null;
}
