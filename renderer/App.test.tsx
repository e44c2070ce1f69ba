// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog, HomeView, Profile, ProfileList } from '../core/api/contract';
import { App } from './App';
import { fakeApi } from './testing/renderWithApi';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const catalog: Catalog = {
  playbooks: [],
  quizzes: [],
  cases: [],
  paths: [{ id: 'path-sales-rep', lang: 'en', role: 'sales-rep', title: 'Account rep: selling the process way', moduleCount: 19 }],
  stages: [],
  tags: [],
  diagnostics: [],
};

/** Profiles kept in memory, as the store would keep them. */
function profileBackend() {
  const list: ProfileList = { profiles: [], activeId: null };
  const homeFor = (profile: Profile): HomeView => ({
    profile,
    continueWith: null,
    dueCount: 2,
    nextModule: null,
    path: catalog.paths[0]!,
    overall: 0.35,
    target: 0.8,
    contentErrors: 0,
    basis: 'full-marks',
  });
  return fakeApi({
    listProfiles: async () => structuredClone(list),
    getCatalog: async () => catalog,
    getDiagnostics: async () => [],
    dueReviews: async () => ({ due: [], nextDue: null, totalCards: 0 }),
    createProfile: vi.fn(async ({ name, role, uiLang }) => {
      const profile: Profile = { id: `p${list.profiles.length + 1}`, name, role, uiLang, theme: 'system', createdAt: '2025-01-01T00:00:00Z' };
      list.profiles.push(profile);
      return profile;
    }),
    selectProfile: async ({ profileId }) => {
      list.activeId = profileId;
      return structuredClone(list);
    },
    updateProfile: vi.fn(async ({ profileId, ...patch }) => {
      const index = list.profiles.findIndex((p) => p.id === profileId);
      list.profiles[index] = { ...list.profiles[index]!, ...patch };
      return list.profiles[index]!;
    }),
    home: async ({ profileId }) => homeFor(list.profiles.find((p) => p.id === profileId)!),
  });
}

describe('App', () => {
  it('signs a new learner up on first run and opens their home', async () => {
    const user = userEvent.setup();
    const api = profileBackend();
    render(<App api={api} />);

    expect(await screen.findByRole('heading', { name: 'Welcome! Let’s set you up' })).toBeTruthy();
    expect(await screen.findByText('Path: Account rep: selling the process way · 19 modules')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start learning' }));
    expect(screen.getByRole('alert').textContent).toBe('Please enter your name.');

    await user.type(screen.getByLabelText('Your name'), 'Wang Fang');
    await user.click(screen.getByRole('radio', { name: /Regional manager/ }));
    await user.click(screen.getByRole('button', { name: 'Start learning' }));

    expect(api.createProfile).toHaveBeenCalledWith({ name: 'Wang Fang', role: 'regional-manager', uiLang: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome back, Wang Fang' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Playbook Trainer' }).getAttribute('href')).toBe('#/');
    expect(within(nav).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Home',
      'Library',
      'Search',
      'Learning path',
      'Review',
      'Cases',
      'Progress',
      'Meeting prep',
      'Settings',
      // A regional manager keeps the course: the trainer tools follow.
      'Editor',
      'Lessons inbox',
      'Freshness',
    ]);
    expect(within(nav).getByRole('link', { name: 'Capture a lesson' }).getAttribute('href')).toBe('#/capture');
    expect(screen.getByRole('meter', { name: 'Overall readiness' }).getAttribute('aria-valuenow')).toBe('35');
  });

  it('switches the whole UI to Chinese from the first-run language choice', async () => {
    const user = userEvent.setup();
    render(<App api={profileBackend()} />);
    await user.click(await screen.findByRole('radio', { name: '中文' }));
    expect(await screen.findByRole('heading', { name: '欢迎！先做个简单设置' })).toBeTruthy();
    await user.type(screen.getByLabelText('你的姓名'), '李娜');
    await user.click(screen.getByRole('button', { name: '开始学习' }));
    expect(await screen.findByRole('heading', { level: 1, name: '欢迎回来，李娜' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('changes language and theme from Settings', async () => {
    const user = userEvent.setup();
    const api = profileBackend();
    render(<App api={api} />);
    await user.type(await screen.findByLabelText('Your name'), 'Li Wei');
    await user.click(screen.getByRole('button', { name: 'Start learning' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome back, Li Wei' });

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(api.updateProfile).toHaveBeenLastCalledWith({ profileId: 'p1', theme: 'dark' });
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));

    await user.click(screen.getByRole('radio', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '打法库' })).toBeTruthy();
  });
});
