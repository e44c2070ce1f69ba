// Where 100% readiness sits. Without a measured benchmark it is full marks; with one, it is what elite reps
// actually reach, so an ordinary rep who matches them is at 100% even if the elite themselves miss a question.

/**
 * Per competency id: the elite reps' mean evidence (0–1) on that competency, measured from their own quiz,
 * case and review results and supplied from outside the learner's records. A competency without an entry
 * is measured against full marks.
 */
export type ReadinessBenchmark = Readonly<Record<string, number>>;

/** What 100% stands for on a competency, a path or a screen: full marks, the elite benchmark, or some of each. */
export type ReadinessBasis = 'full-marks' | 'benchmark' | 'mixed';

/** The usable benchmark for a competency: a share in (0, 1]; anything else (absent, 0, not a number) means full marks. */
export function benchmarkFor(benchmark: ReadinessBenchmark | undefined, competencyId: string): number | undefined {
  const value = benchmark?.[competencyId];
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.min(1, value) : undefined;
}

/** Readiness 0–1: the learner's evidence as a share of the benchmark (full marks when there is none), capped at 100%. */
export function readinessAgainst(evidence: number, benchmark: number | undefined): number {
  // Rounded so that reaching exactly 80% of the benchmark is not 79.99…% and below the target line.
  const share = Math.round((evidence / (benchmark ?? 1)) * 1e6) / 1e6;
  return Math.min(1, Math.max(0, share));
}

/** The basis of several competencies taken together. */
export function basisOf(benchmarks: readonly (number | undefined)[]): ReadinessBasis {
  const measured = benchmarks.filter((value) => value !== undefined).length;
  return measured === 0 ? 'full-marks' : measured === benchmarks.length ? 'benchmark' : 'mixed';
}
