// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoleId } from '../../core/model';
import { I18nProvider } from '../i18n/I18nContext';
import { SessionContext } from '../state/SessionContext';
import { testSession } from '../testing/renderWithApi';
import { TrainerNav } from './TrainerNav';

afterEach(cleanup);

function renderFor(role: RoleId) {
  render(
    <I18nProvider lang="en">
      <SessionContext.Provider value={{ ...testSession, profile: { ...testSession.profile, role } }}>
        <TrainerNav current="editor" />
      </SessionContext.Provider>
    </I18nProvider>,
  );
}

describe('TrainerNav', () => {
  it('gives every rep "Capture a lesson", but the trainer tools only to managers', () => {
    renderFor('sales-rep');
    expect(screen.getByRole('link', { name: 'Capture a lesson' }).getAttribute('href')).toBe('#/capture');
    expect(screen.queryByRole('link', { name: 'Editor' })).toBeNull();
    cleanup();

    renderFor('sales-manager');
    expect(screen.getByRole('list', { name: 'Trainer' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Editor' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Lessons inbox' }).getAttribute('href')).toBe('#/lessons');
    expect(screen.getByRole('link', { name: 'Freshness' }).getAttribute('href')).toBe('#/freshness');
  });
});
