// Why the progress store refused or failed a change, as its own error: the store knows nothing of the API,
// and the API's edge (ApiService) turns each reason into the API error the UI acts on.

export const PROGRESS_STORE_FAILURES = ['not-found', 'finished', 'read-only', 'not-saved', 'invalid-import'] as const;
/**
 * `not-found`: no such record for that learner; `finished`: the attempt is over; `read-only`: this session cannot
 * save; `not-saved`: writing the file failed, nothing changed; `invalid-import`: a learner file that cannot be imported.
 */
export type ProgressStoreFailure = (typeof PROGRESS_STORE_FAILURES)[number];

export class ProgressStoreError extends Error {
  constructor(
    readonly reason: ProgressStoreFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ProgressStoreError';
  }
}
