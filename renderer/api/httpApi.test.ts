import { describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api/contract';
import { createHttpApi } from './httpApi';

function fakeFetch(reply: () => Response | Promise<Response>) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: URL, init: RequestInit) => {
    requests.push({ url: String(url), init });
    return reply();
  }) as unknown as typeof fetch;
  return { requests, fetchImpl };
}

describe('createHttpApi', () => {
  it('posts JSON arguments with the token header to /api/<method> and returns the result', async () => {
    const { requests, fetchImpl } = fakeFetch(() => Response.json({ ok: true, result: { read: true } }));
    const api = createHttpApi('http://127.0.0.1:5000/', 'tok', fetchImpl);
    await expect(api.markRead({ profileId: 'p', playbookId: 'b', lang: 'en', read: true })).resolves.toEqual({ read: true });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('http://127.0.0.1:5000/api/markRead');
    expect(requests[0]!.init.method).toBe('POST');
    expect(requests[0]!.init.headers).toEqual({ 'Content-Type': 'application/json', 'x-playbook-token': 'tok' });
    expect(JSON.parse(String(requests[0]!.init.body))).toEqual({ profileId: 'p', playbookId: 'b', lang: 'en', read: true });
  });

  it('throws the ApiError of an error body', async () => {
    const { fetchImpl } = fakeFetch(() =>
      Response.json({ ok: false, error: { code: 'not-found', message: 'No quiz.' } }, { status: 404 }),
    );
    const error = await createHttpApi('http://h/', 't', fetchImpl)
      .finishQuiz({ attemptId: 'a' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'not-found', message: 'No quiz.' });
  });

  it('turns an unreachable host and an unreadable answer into internal ApiErrors', async () => {
    const down = fakeFetch(() => Promise.reject(new TypeError('fetch failed')));
    await expect(createHttpApi('http://h/', 't', down.fetchImpl).listProfiles({})).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/not reachable/),
    });
    const garbled = fakeFetch(() => new Response('<html>proxy error</html>', { status: 502 }));
    await expect(createHttpApi('http://h/', 't', garbled.fetchImpl).listProfiles({})).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/502/),
    });
  });

  it('does not trust JSON that is not an API outcome', async () => {
    for (const body of [{ result: [] }, { ok: false, error: { code: 'teapot', message: 'x' } }, { ok: false }, [1, 2]]) {
      const odd = fakeFetch(() => Response.json(body, { status: 200 }));
      await expect(createHttpApi('http://h/', 't', odd.fetchImpl).listProfiles({})).rejects.toMatchObject({
        code: 'internal',
        message: expect.stringMatching(/200 without a readable body/),
      });
    }
  });
});
