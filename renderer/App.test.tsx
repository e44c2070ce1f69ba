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
    // The message sits under the field, which is marked invalid, described by it and focused.
    const name = screen.getByLabelText('Your name');
    expect(screen.getByRole('alert').textContent).toBe('Please enter your name.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('Please enter your name.');
    expect(name.parentElement?.contains(screen.getByRole('alert'))).toBe(true);
    expect(document.activeElement).toBe(name);
    expect(api.createProfile).not.toHaveBeenCalled();

    await user.type(name, 'Wang Fang');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Regional manager/ }));
    await user.click(screen.getByRole('button', { name: 'Start learning' }));

    expect(api.createProfile).toHaveBeenCalledWith({ name: 'Wang Fang', role: 'regional-manager', uiLang: 'en' });
    // A first visit is welcomed, not welcomed back, and the focus lands on the new screen's heading.
    const heading = await screen.findByRole('heading', { level: 1, name: 'Welcome, Wang Fang' });
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
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
    expect(await screen.findByRole('heading', { level: 1, name: '欢迎你，李娜' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('welcomes a learner back on a later start and focuses each new screen’s heading, once it has loaded', async () => {
    const user = userEvent.setup();
    const api = profileBackend();
    await api.createProfile({ name: 'Li Wei', role: 'sales-rep', uiLang: 'en' });
    await api.selectProfile({ profileId: 'p1' });
    const home = api.home;
    let finishLoading: () => void = () => undefined;
    api.home = (args) => new Promise((resolve) => (finishLoading = () => resolve(home(args))));
    render(<App api={api} />);
    await screen.findByRole('navigation', { name: 'Main' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    finishLoading();
    const welcome = await screen.findByRole('heading', { level: 1, name: 'Welcome back, Li Wei' });
    await vi.waitFor(() => expect(document.activeElement).toBe(welcome));

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const settings = await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await vi.waitFor(() => expect(document.activeElement).toBe(settings));
  });

  it('lists the keyboard shortcuts on "?", from the table the keys use', async () => {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    const user = userEvent.setup();
    render(<App api={profileBackend()} />);
    await user.type(await screen.findByLabelText('Your name'), 'Li Wei');
    await user.click(screen.getByRole('button', { name: 'Start learning' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Li Wei' });

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['Ctrl+K or ⌘K', '?', '1–9', 'Enter', 'Alt+↑ / Alt+↓', '1 / 2 / 3 / 4', 'U']);
    expect(within(dialog).getByText('Undo the last rating')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('changes language and theme from Settings', async () => {
    const user = userEvent.setup();
    const api = profileBackend();
    render(<App api={api} />);
    await user.type(await screen.findByLabelText('Your name'), 'Li Wei');
    await user.click(screen.getByRole('button', { name: 'Start learning' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Li Wei' });

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(api.updateProfile).toHaveBeenLastCalledWith({ profileId: 'p1', theme: 'dark' });
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));

    await user.click(screen.getByRole('radio', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: '主导航' })).getByRole('link', { name: '打法库' })).toBeTruthy();
  });
});
