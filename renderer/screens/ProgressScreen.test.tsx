// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressView } from '../../core/api/contract';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { ProgressScreen } from './ProgressScreen';

afterEach(cleanup);

const progress = (basis: ProgressView['basis'], benchmark?: number): ProgressView => ({
  path: null,
  overall: 0.5,
  target: 0.8,
  competencies: [
    { id: 'discover', title: 'Discover needs', readiness: 0.5, evidence: 1, modules: 2, assessed: 1, measured: 0.4, ...(benchmark ? { benchmark } : {}) },
  ],
  history: [],
  weakest: [],
  stats: { playbooksRead: 5, quizzesPassed: 0, casesReplayed: 0, reviewCards: 0 },
  basis,
});

describe('ProgressScreen', () => {
  it('says that 100% means full marks when no elite benchmark is measured, and that reading adds no readiness', async () => {
    renderInSession(<ProgressScreen />, fakeApi({ progress: async () => progress('full-marks') }));
    expect(await screen.findByText(/100% means full marks/)).toBeTruthy();
    expect(screen.getByText(/Reading a playbook shows on your path but adds no readiness/)).toBeTruthy();
    expect(screen.getByText(/of full marks · target 80%/)).toBeTruthy();
    expect(screen.getByText('Full marks')).toBeTruthy();
    expect(screen.queryByText('Elite')).toBeNull();
  });

  it('says that 100% is the elite reps’ level when a benchmark is measured', async () => {
    renderInSession(<ProgressScreen />, fakeApi({ progress: async () => progress('benchmark', 0.8) }));
    expect(await screen.findByText(/100% means the level elite reps reach/)).toBeTruthy();
    expect(screen.getByText(/of the elite benchmark · target 80%/)).toBeTruthy();
    expect(screen.getByText('Elite')).toBeTruthy();
    expect(screen.queryByText(/full marks/)).toBeNull();
  });
});
