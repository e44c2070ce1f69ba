import { describe, expect, it } from 'vitest';
import { StatementIdSet } from './StatementIdSet';
import { statementIdHash } from './TeamAggregate';

describe('StatementIdSet', () => {
  it('holds each hash once, through growth, and gives back exactly what was added', () => {
    const set = new StatementIdSet();
    const hashes = Array.from({ length: 200_000 }, (_, i) => statementIdHash(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
    expect(hashes.every((hash) => set.add(hash))).toBe(true);
    expect(set.add(hashes[123]!)).toBe(false);
    expect(set.add(0)).toBe(true);
    expect(set.add(0)).toBe(false);
    expect(set.size).toBe(200_001);
    expect(set.has(statementIdHash('not added'))).toBe(false);
    const values = [...set.values()].sort((a, b) => a - b);
    expect(values).toEqual([0, ...hashes].sort((a, b) => a - b));
    const restored = new StatementIdSet(set.values());
    expect(hashes.every((hash) => restored.has(hash)) && restored.has(0)).toBe(true);
    expect(restored.size).toBe(200_001);
  });
});
