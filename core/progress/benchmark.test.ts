import { describe, expect, it } from 'vitest';
import { basisOf, benchmarkFor, readinessAgainst } from './benchmark';

describe('readinessAgainst', () => {
  it('is the evidence itself without a benchmark: 100% means full marks', () => {
    expect(readinessAgainst(0, undefined)).toBe(0);
    expect(readinessAgainst(0.64, undefined)).toBe(0.64);
    expect(readinessAgainst(1, undefined)).toBe(1);
  });

  it('is the evidence as a share of the benchmark, capped at 100%', () => {
    // Exactly at the target, not a hair below it.
    expect(readinessAgainst(0.6, 0.75)).toBe(0.8);
    expect(readinessAgainst(0.75, 0.75)).toBe(1);
    expect(readinessAgainst(0.9, 0.75)).toBe(1);
    expect(readinessAgainst(0, 0.75)).toBe(0);
  });
});

describe('benchmarkFor', () => {
  it('takes a usable share and treats anything else as no benchmark', () => {
    expect(benchmarkFor(undefined, 'discover')).toBeUndefined();
    expect(benchmarkFor({ negotiate: 0.7 }, 'discover')).toBeUndefined();
    expect(benchmarkFor({ discover: 0.7 }, 'discover')).toBe(0.7);
    expect(benchmarkFor({ discover: 0 }, 'discover')).toBeUndefined();
    expect(benchmarkFor({ discover: Number.NaN }, 'discover')).toBeUndefined();
    expect(benchmarkFor({ discover: 1.4 }, 'discover')).toBe(1);
  });
});

describe('basisOf', () => {
  it('says whether 100% means full marks, the benchmark, or each in part', () => {
    expect(basisOf([])).toBe('full-marks');
    expect(basisOf([undefined, undefined])).toBe('full-marks');
    expect(basisOf([0.7, 0.8])).toBe('benchmark');
    expect(basisOf([0.7, undefined])).toBe('mixed');
  });
});
