import { describe, expect, it } from 'vitest';
import { API_METHODS, ApiError } from './contract';
import { createApiClient } from './createApiClient';
import type { ApiOutcome } from './dispatch';

describe('createApiClient', () => {
  it('has every method of the contract', () => {
    const api = createApiClient(async () => ({ ok: true, result: null }));
    for (const method of API_METHODS) expect(typeof api[method]).toBe('function');
  });

  it('sends the method and arguments and resolves with the result', async () => {
    const sent: unknown[] = [];
    const api = createApiClient(async (method, args) => {
      sent.push([method, args]);
      return { ok: true, result: { read: true } };
    });
    await expect(api.markRead({ profileId: 'p', playbookId: 'b', lang: 'en', read: true })).resolves.toEqual({ read: true });
    expect(sent).toEqual([['markRead', { profileId: 'p', playbookId: 'b', lang: 'en', read: true }]]);
  });

  it('rejects with an ApiError carrying the code, message and diagnostics of the error body', async () => {
    const diagnostics = [{ file: 'q.yaml', line: 2, column: 5, severity: 'error' as const, message: 'bad' }];
    const outcome: ApiOutcome = { ok: false, error: { code: 'not-found', message: 'No quiz "q".', diagnostics } };
    const api = createApiClient(async () => outcome);
    const error = await api.startQuiz({ profileId: 'p', quizId: 'q', lang: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'not-found', message: 'No quiz "q".', diagnostics });
  });
});
