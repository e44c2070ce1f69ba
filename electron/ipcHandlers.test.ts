import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../core/api/contract';
import { ApiError } from '../core/api/contract';
import { answerApiCall, answerPickFolder, answerSavePrepSheetPdf, senderUrlOf } from './ipcHandlers';

const APP = 'app://bundle/index.html#/home';

function apiWithListProfiles() {
  const listProfiles = vi.fn(async () => ({ profiles: [], activeId: null }));
  return { api: { listProfiles } as unknown as Api, listProfiles };
}

describe('answerApiCall', () => {
  it('answers the app page with the dispatched result', async () => {
    const { api, listProfiles } = apiWithListProfiles();
    expect(await answerApiCall(api, APP, 'listProfiles', {})).toEqual({ ok: true, result: { profiles: [], activeId: null } });
    expect(listProfiles).toHaveBeenCalledOnce();
  });

  it.each([['https://evil.example/'], ['file:///C:/Users/page.html'], ['app://elsewhere/index.html'], [null], [undefined], ['']])(
    'refuses a call from %j without running it',
    async (senderUrl) => {
      const { api, listProfiles } = apiWithListProfiles();
      const outcome = await answerApiCall(api, senderUrl, 'listProfiles', {});
      expect(outcome).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(listProfiles).not.toHaveBeenCalled();
    },
  );

  it('validates the method and arguments of the app page too', async () => {
    const { api } = apiWithListProfiles();
    expect(await answerApiCall(api, APP, 'eval', {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await answerApiCall(api, APP, 'getPlaybook', { id: 42 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('answerSavePrepSheetPdf', () => {
  it('saves with validated arguments and returns where the file went', async () => {
    const save = vi.fn(async () => ({ saved: true, file: '/home/me/sheet.pdf' }));
    const outcome = await answerSavePrepSheetPdf(APP, { profileId: 'p', sheetId: 's', extra: 1 }, save);
    expect(outcome).toEqual({ ok: true, result: { saved: true, file: '/home/me/sheet.pdf' } });
    expect(save).toHaveBeenCalledWith({ profileId: 'p', sheetId: 's' });
  });

  it('refuses foreign frames and invalid arguments without saving', async () => {
    const save = vi.fn();
    expect(await answerSavePrepSheetPdf('https://evil.example/', { profileId: 'p', sheetId: 's' }, save)).toMatchObject({ ok: false });
    expect(await answerSavePrepSheetPdf(APP, { profileId: 'p' }, save)).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('sheetId') },
    });
    expect(save).not.toHaveBeenCalled();
  });

  it('passes an ApiError from saving through as its body', async () => {
    const save = async () => {
      throw new ApiError('not-found', 'No prep sheet "s".');
    };
    expect(await answerSavePrepSheetPdf(APP, { profileId: 'p', sheetId: 's' }, save)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No prep sheet "s".' },
    });
  });
});

describe('answerPickFolder', () => {
  it('returns the folder chosen in the dialog, or null when it was closed', async () => {
    expect(await answerPickFolder(APP, async () => ({ dir: '/home/me/sales-course' }))).toEqual({ ok: true, result: { dir: '/home/me/sales-course' } });
    expect(await answerPickFolder(APP, async () => ({ dir: null }))).toEqual({ ok: true, result: { dir: null } });
  });

  it('opens no dialog for a foreign frame', async () => {
    const pick = vi.fn();
    expect(await answerPickFolder('https://evil.example/', pick)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(pick).not.toHaveBeenCalled();
  });
});

describe('senderUrlOf', () => {
  const top = { url: APP, parent: null };
  it('is the URL of a top frame', () => {
    expect(senderUrlOf(top)).toBe(APP);
  });

  // An iframe of the app's own origin (injected content, a future embed) must not reach the API either.
  it('is null for a subframe, even of the app itself, and for a frame that is gone', async () => {
    const frame = { url: APP, parent: top };
    expect(senderUrlOf(frame)).toBeNull();
    expect(senderUrlOf(null)).toBeNull();
    const { api, listProfiles } = apiWithListProfiles();
    expect(await answerApiCall(api, senderUrlOf(frame), 'listProfiles', {})).toMatchObject({ ok: false });
    expect(listProfiles).not.toHaveBeenCalled();
  });
});
