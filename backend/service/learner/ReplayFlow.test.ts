// Case replays across a restart of the host: only choices are saved, so the replay is rebuilt from them.
// Narrative read since the last choice comes back, but never twice, and the learner can carry on from the page.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ReplayView } from '../../../core/api/contract';
import { openBackend, type Backend } from '../../openBackend';
import { BUILT_IN } from '../trainer/trainerBackend.fixture';

// A decision that can loop back to the start, then two narrative steps before the next decision.
const LOOPING_CASE = `id: loop-case
lang: en
title: A frozen budget
summary: Two narrative steps between decisions, and a way back to the start.
roles: [sales-rep]
playbooks: [discovery-call]
start: opening
steps:
  - id: opening
    narrative: The buyer says the budget is frozen.
    commentary: Find out who froze it.
    decision:
      prompt: What do you ask?
      options:
        - text: Who froze it?
          points: 2
          elite: true
          outcome: The finance director did.
          next: corridor
        - text: Can we start anyway?
          points: 0
          outcome: The buyer shrugs.
          next: opening
  - id: corridor
    narrative: You walk to the finance office.
    next: waiting
  - id: waiting
    narrative: The director keeps you waiting.
    next: director
  - id: director
    narrative: The director asks what the project saves.
    commentary: Money answers money.
    decision:
      prompt: Your answer?
      options:
        - text: The downtime it prevents, in money.
          points: 3
          elite: true
          outcome: The budget thaws.
          next: end
        - text: A discount.
          points: 0
          outcome: The budget stays frozen.
          next: end
debrief: Money answers money.
lessons:
  - text: Find who decides.
`;

let folders: string[];
let backend: Backend;
let open: () => Promise<Backend>;

beforeEach(async () => {
  const [root, dataDir] = await Promise.all([mkdtemp(path.join(os.tmpdir(), 'pbt-case-')), mkdtemp(path.join(os.tmpdir(), 'pbt-replay-'))]);
  folders = [root, dataDir];
  await mkdir(path.join(root, 'content', 'cases'), { recursive: true });
  await writeFile(path.join(root, 'content', 'cases', 'loop-case.yaml'), LOOPING_CASE);
  open = () => openBackend({ contentRoots: [BUILT_IN, root], dataDir, workspace: null });
  backend = await open();
});
afterEach(async () => {
  await backend.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const steps = (view: ReplayView) => view.narrative.map((step) => step.stepId);

async function restart(): Promise<void> {
  await backend.close();
  backend = await open();
}

/** Loops back once at the start, then takes the elite way and reads one narrative step: the page now shows "waiting". */
async function playToWaiting(): Promise<ReplayView> {
  const { api } = backend;
  const profile = await api.createProfile({ name: 'Li Wei', role: 'sales-rep', uiLang: 'en' });
  const started = await api.startReplay({ profileId: profile.id, caseId: 'loop-case', lang: 'en' });
  await api.choose({ replayId: started.replayId, option: 1 });
  await api.choose({ replayId: started.replayId, option: 0 });
  const view = await api.advance({ replayId: started.replayId });
  expect(steps(view)).toEqual(['opening', 'opening', 'corridor', 'waiting']);
  return { ...view, replayId: started.replayId };
}

it('resumes after a restart with each narrative step passed once, up to the next decision', async () => {
  const before = await playToWaiting();
  const profileId = (await backend.api.listProfiles({})).activeId!;
  await restart();
  const resumed = await backend.api.startReplay({ profileId, caseId: 'loop-case', lang: 'en' });
  expect(resumed.replayId).toBe(before.replayId);
  expect(steps(resumed)).toEqual(['opening', 'opening', 'corridor', 'waiting', 'director']);
  expect(resumed.current?.id).toBe('director');
  expect(resumed.history.map((choice) => choice.chosen.index)).toEqual([1, 0]);
});

it('lets the page left open carry on after a restart: "continue" catches up to the next decision', async () => {
  const before = await playToWaiting();
  await restart();
  const caughtUp = await backend.api.advance({ replayId: before.replayId });
  expect(steps(caughtUp)).toEqual(['opening', 'opening', 'corridor', 'waiting', 'director']);
  expect(caughtUp.current?.decision).toBeDefined();
  const finished = await backend.api.choose({ replayId: before.replayId, option: 0 });
  expect(finished.result).toMatchObject({ points: 5, elitePoints: 5, score: 1 });
});

it('goes back from the debrief to a decision: a new run waits there, counted "decision n of N", the finished one stays', async () => {
  const before = await playToWaiting();
  await backend.api.advance({ replayId: before.replayId });
  const finished = await backend.api.choose({ replayId: before.replayId, option: 1 });
  expect(finished.finished).toBe(true);
  expect(finished.progress).toEqual({ n: 3, total: 3 });

  const retry = await backend.api.retryReplay({ replayId: before.replayId, decision: 2 });
  expect(retry.replayId).not.toBe(before.replayId);
  expect(retry.current?.id).toBe('director');
  expect(retry.history.map((choice) => choice.chosen.index)).toEqual([1, 0]);
  expect(retry.progress).toEqual({ n: 3, total: 3 });
  const better = await backend.api.choose({ replayId: retry.replayId, option: 0 });
  expect(better.result).toMatchObject({ points: 5, score: 1 });

  const profileId = (await backend.api.listProfiles({})).activeId!;
  const history = (await backend.api.progress({ profileId, lang: 'en' })).history.filter((record) => record.itemId === 'loop-case');
  expect(history.map((record) => record.score).sort()).toEqual([0.4, 1]);
  await expect(backend.api.retryReplay({ replayId: before.replayId, decision: 3 })).rejects.toMatchObject({ code: 'bad-request' });
});

it('shows the options of a resumed replay in the order first shown, from the seed stored on the attempt', async () => {
  const { api } = backend;
  const profile = await api.createProfile({ name: 'Li Wei', role: 'sales-rep', uiLang: 'en' });
  const started = await api.startReplay({ profileId: profile.id, caseId: 'loop-case', lang: 'en' });
  const order = (view: ReplayView) => view.current?.decision?.options.map((option) => option.index);
  const savedSeed = async () =>
    (JSON.parse(await readFile(path.join(folders[1]!, 'progress.json'), 'utf8')) as { replayAttempts: { id: string; seed: number }[] }).replayAttempts.find(
      (attempt) => attempt.id === started.replayId,
    )?.seed;
  const seed = await savedSeed();
  expect(Number.isInteger(seed)).toBe(true);
  await restart();
  const resumed = await backend.api.startReplay({ profileId: profile.id, caseId: 'loop-case', lang: 'en' });
  expect(resumed.replayId).toBe(started.replayId);
  expect(order(resumed)).toEqual(order(started));
  expect(await savedSeed()).toBe(seed);
});
