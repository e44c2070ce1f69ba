// Timing and memory measurement for the benchmark.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export interface Latency {
  count: number;
  median: number;
  p95: number;
  max: number;
}

/**
 * Wall time and the process's CPU time for `work`. On a shared machine wall time also counts waiting for a core;
 * CPU time shows what the work itself costs (it includes the garbage collector's helper threads).
 */
export function elapsed<T>(work: () => T): { result: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

export function summarise(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

/**
 * Memory in use after full collections, in bytes: the JS heap plus the array buffers behind typed arrays,
 * which live outside the heap (the search index keeps its posting lists there).
 */
export function settledMemory(): number {
  for (let i = 0; i < 3; i++) collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Heap retained by what `create` returns (kept alive until measured), in bytes. */
export function retainedHeap<T>(create: () => T): { value: T; bytes: number } {
  const before = settledMemory();
  const value = create();
  const bytes = settledMemory() - before;
  return { value, bytes };
}

/** Every `stride`-th item, starting with the first. */
export function everyNth<T>(items: readonly T[], stride: number): T[] {
  return items.filter((_, i) => i % stride === 0);
}
