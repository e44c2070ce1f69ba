import { describe, expect, it, vi } from 'vitest';
import type { Api } from './contract';
import { ApiError } from './contract';
import { dispatch, isApiMethod } from './dispatch';

/** An Api where only the methods a test sets exist; calling any other one fails the test. */
function apiWith(methods: Partial<Api>): Api {
  return new Proxy(methods, {
    get(target, key) {
      const method = target[key as keyof Api];
      if (!method) throw new Error(`unexpected call to ${String(key)}`);
      return method;
    },
  }) as Api;
}

describe('dispatch', () => {
  it('calls the method with the validated arguments and returns its result', async () => {
    const getCatalog = vi.fn(async () => ({ playbooks: [], quizzes: [], cases: [], paths: [], stages: [], tags: [], diagnostics: [] }));
    const outcome = await dispatch(apiWith({ getCatalog }), 'getCatalog', { lang: 'en' });
    expect(outcome).toEqual({ ok: true, result: expect.objectContaining({ playbooks: [] }) });
    expect(getCatalog).toHaveBeenCalledWith({ lang: 'en' });
  });

  it('strips keys the schema does not know before the call', async () => {
    const listProfiles = vi.fn(async () => ({ profiles: [], activeId: null }));
    await dispatch(apiWith({ listProfiles }), 'listProfiles', { extra: 'x' });
    expect(listProfiles).toHaveBeenCalledWith({});
  });

  it('treats a missing argument object as empty, so argument-less methods need no body', async () => {
    const getDiagnostics = vi.fn(async () => []);
    const outcome = await dispatch(apiWith({ getDiagnostics }), 'getDiagnostics', undefined);
    expect(outcome).toEqual({ ok: true, result: [] });
  });

  it.each([['noSuchMethod'], ['constructor'], ['__proto__'], ['toString'], [42], [null]])(
    'refuses the unknown method %j as a bad request without calling anything',
    async (method) => {
      const outcome = await dispatch(apiWith({}), method, {});
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.code).toBe('bad-request');
      expect(outcome.error.message).toMatch(/^Unknown API method/);
    },
  );

  it('refuses invalid arguments with a message naming the method and the field', async () => {
    const getPlaybook = vi.fn();
    const outcome = await dispatch(apiWith({ getPlaybook }), 'getPlaybook', { id: 'x', lang: 'fr' });
    expect(getPlaybook).not.toHaveBeenCalled();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('bad-request');
    expect(outcome.error.message).toContain('Invalid arguments for getPlaybook');
    expect(outcome.error.message).toContain('lang');
  });

  it('refuses a non-object argument and a malformed nested quiz response', async () => {
    const answer = vi.fn();
    const api = apiWith({ answer });
    expect((await dispatch(api, 'answer', 'text')).ok).toBe(false);
    const outcome = await dispatch(api, 'answer', {
      attemptId: 'a',
      questionId: 'q',
      response: { type: 'single', choice: -1 },
    });
    expect(outcome.ok).toBe(false);
    expect(answer).not.toHaveBeenCalled();
  });

  it('passes an ApiError thrown by the method through as its body, diagnostics included', async () => {
    const diagnostics = [{ file: 'a.md', line: 3, column: 1, severity: 'error' as const, message: 'bad' }];
    const api = apiWith({
      getPlaybook: async () => {
        throw new ApiError('not-found', 'No playbook "x".', diagnostics);
      },
    });
    expect(await dispatch(api, 'getPlaybook', { id: 'x', lang: 'en' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No playbook "x".', diagnostics },
    });
  });

  it('turns any other failure into an internal error and reports it to the host', async () => {
    const boom = new TypeError('cannot read x');
    const onInternalError = vi.fn();
    const api = apiWith({
      listProfiles: async () => {
        throw boom;
      },
    });
    const outcome = await dispatch(api, 'listProfiles', {}, { onInternalError });
    expect(outcome).toEqual({ ok: false, error: { code: 'internal', message: 'listProfiles failed: cannot read x' } });
    expect(onInternalError).toHaveBeenCalledWith(boom, 'listProfiles');
  });
});

describe('isApiMethod', () => {
  it('accepts contract methods only, not inherited object keys', () => {
    expect(isApiMethod('search')).toBe(true);
    expect(isApiMethod('hasOwnProperty')).toBe(false);
    expect(isApiMethod(undefined)).toBe(false);
  });
});
