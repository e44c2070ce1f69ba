import { describe, expect, it } from 'vitest';
import { deriveSeed } from '../../core/quiz/seededShuffle';
import { emptyProgress, parseProgress, SCHEMA_VERSION } from './progressSchema';

describe('parseProgress', () => {
  it('accepts a current file as it is', () => {
    expect(parseProgress(JSON.stringify(emptyProgress()))).toEqual({ ok: true, data: emptyProgress(), migratedFrom: null });
  });

  it('migrates an unversioned file and reports the version it came from', () => {
    const result = parseProgress('{"profiles": []}');
    expect(result).toEqual({ ok: true, data: emptyProgress(), migratedFrom: 0 });
  });

  it('gives replay attempts saved before options were shuffled a stable seed of their own, keeping every other field', () => {
    const attempt = { id: 'r1', profileId: 'p1', caseId: 'c', lang: 'en', choices: [1, 0], startedAt: 't', finishedAt: null, score: null };
    const v1 = JSON.stringify({ ...emptyProgress(), schemaVersion: 1, replayAttempts: [attempt, { ...attempt, id: 'r2', seed: 42 }] });
    const result = parseProgress(v1);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    const migrated = result.ok ? result.data.replayAttempts : [];
    expect(migrated[0]).toEqual({ ...attempt, seed: deriveSeed(0, 'r1') });
    expect(migrated[1]?.seed).toBe(42);
    expect(parseProgress(v1)).toEqual(result);
  });

  it.each([
    ['an empty file', '', /not valid JSON/],
    ['a JSON array', '[]', /not a JSON object/],
    ['null', 'null', /not a JSON object/],
    ['a bad version', '{"schemaVersion": "one"}', /schemaVersion "one" is not a version number/],
    ['a record without its owner', JSON.stringify({ ...emptyProgress(), reviewCards: [{ id: 'c1', quizId: 'q', questionId: 'x', due: 'now' }] }), /at reviewCards\.0\.profileId/],
  ])('calls %s unreadable', (_, text, message) => {
    const result = parseProgress(text);
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(result.ok ? '' : result.message).toMatch(message);
  });

  it('recognises a file from a newer version', () => {
    expect(parseProgress(JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 }))).toMatchObject({ ok: false, reason: 'newer' });
  });
});
