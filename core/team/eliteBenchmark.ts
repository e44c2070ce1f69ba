// The elite benchmark measured from the team's own elite reps: per competency, the mean evidence of the marked
// elite reps who have any evidence on it. A competency no elite rep has shown anything on gets no entry and is
// measured against full marks (core/progress/benchmark.ts).
import type { ReadinessBenchmark } from '../progress/benchmark';

/** `measured`: actor → competency id → evidence 0–1 (readiness against full marks). */
export function eliteBenchmark(measured: ReadonlyMap<string, Readonly<Record<string, number>>>, elite: Iterable<string>): ReadinessBenchmark {
  const sums = new Map<string, { total: number; count: number }>();
  for (const actor of elite) {
    for (const [competency, evidence] of Object.entries(measured.get(actor) ?? {})) {
      if (!(evidence > 0)) continue;
      const sum = sums.get(competency) ?? { total: 0, count: 0 };
      sum.total += evidence;
      sum.count++;
      sums.set(competency, sum);
    }
  }
  return Object.fromEntries([...sums].map(([competency, { total, count }]) => [competency, total / count]));
}
