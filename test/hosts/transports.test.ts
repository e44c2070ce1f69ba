// The renderer cannot tell its hosts apart: the same calls through the HTTP client against the real web host
// and through the IPC handlers the preload talks to give the same results and the same ApiErrors.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../backend/openBackend';
import type { Api } from '../../core/api/contract';
import { ApiError } from '../../core/api/contract';
import { createApiClient } from '../../core/api/createApiClient';
import { answerApiCall } from '../../electron/ipcHandlers';
import { createHttpApi } from '../../renderer/api/httpApi';
import type { RunningWebServer } from '../../web/server';
import { startWebServer } from '../../web/server';

const FIXTURES = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
let dataDir: string;
let server: RunningWebServer;
const clients: Record<'http' | 'ipc', Api> = {} as Record<'http' | 'ipc', Api>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'pbt-transports-'));
  const backend = await openBackend({ contentRoots: [FIXTURES], dataDir });
  server = await startWebServer({ api: backend.api, contentRoots: backend.contentRoots, rendererDir: dataDir, port: 0 });
  clients.http = createHttpApi(`http://127.0.0.1:${server.port}/`, server.token);
  clients.ipc = createApiClient((method, args) => answerApiCall(backend.api, 'app://bundle/index.html', method, args));
});
afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe.each(['http', 'ipc'] as const)('over %s', (transport) => {
  it('creates a profile, takes a quiz question and reads the catalog', async () => {
    const api = clients[transport];
    const profile = await api.createProfile({ name: `via ${transport}`, role: 'sales-rep', uiLang: 'en' });
    const session = await api.startQuiz({ profileId: profile.id, quizId: 'discovery-call-quiz', lang: 'en' });
    const feedback = await api.answer({ attemptId: session.attemptId, questionId: 'demo-early', response: { type: 'truefalse', value: false } });
    expect(feedback).toMatchObject({ correct: true, solution: { type: 'truefalse', value: false } });
    expect((await api.getCatalog({ lang: 'zh-CN' })).playbooks.map((playbook) => playbook.id)).toContain('discovery-call');
  });

  it('rejects with the same ApiError codes', async () => {
    const api = clients[transport];
    const missing = await api.getPlaybook({ id: 'nope', lang: 'en' }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).toMatchObject({ code: 'not-found' });
    // A caller that bypasses the types still meets the argument validation.
    const invalid = await api.getPlaybook({ id: 'x', lang: 'fr' as 'en' }).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ code: 'bad-request', message: expect.stringContaining('lang') });
  });
});
