// A learner's best score on one item over time, kept as the points where it rose: enough to say what the best
// was at any date (trend by week) and when it last rose (stalled reps). Inserting a point gives the same
// history whatever order the scores arrive in, so folding records incrementally equals folding them at once.

/** `[at, score]` pairs, ascending in both time and score. */
export type BestHistory = [number, number][];

export function addScore(history: BestHistory, at: number, score: number): BestHistory {
  if (history.some(([pointAt, pointScore]) => pointAt <= at && pointScore >= score)) return history;
  const kept = history.filter(([pointAt, pointScore]) => !(pointAt >= at && pointScore <= score));
  const index = kept.findIndex(([pointAt]) => pointAt > at);
  return index === -1 ? [...kept, [at, score]] : [...kept.slice(0, index), [at, score], ...kept.slice(index)];
}

/** The best score reached by `at` (undefined before the first). */
export function bestBy(history: BestHistory, at: number): number | undefined {
  let best: number | undefined;
  for (const [pointAt, score] of history) {
    if (pointAt > at) break;
    best = score;
  }
  return best;
}
