// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type PlaybookView, type PrepSheetView } from '../../core/api/contract';
import { I18nProvider } from '../i18n/I18nContext';
import { BeyondNotice } from '../reader/BeyondNotice';
import { WorkspaceProvider } from '../state/WorkspaceContext';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { StatefulSession } from '../testing/StatefulSession';
import { ReaderScreen } from './ReaderScreen';

afterEach(cleanup);

// The shape core/markdown renders: section headings with ids, blocks as titled sections with block anchors.
const html = [
  '<p>Price is a conversation, not a number.</p>',
  '<h2 id="anchoring">Anchoring</h2>',
  '<section class="block block-tactic" id="anchoring--trade-dont-give"><p class="block-title">Trade, don’t give</p><p>Ask for something back.</p></section>',
  '<section class="block block-pitfall" id="anchoring--discount-first"><p class="block-title">Discount first</p><p>Never lead with a discount.</p></section>',
  '<h2 id="walk-away">Walk-away point</h2>',
  '<p>Decide it before the meeting. See <a href="#/playbook/discovery/goals" class="link-internal">goals</a>.</p>',
].join('\n');

const view: PlaybookView = {
  id: 'negotiation',
  lang: 'en',
  title: 'Negotiating price',
  summary: 'Hold the price by trading, not giving.',
  roles: ['sales-rep'],
  stages: ['bid and negotiate'],
  tags: ['price'],
  sectionCount: 2,
  fallback: false,
  html,
  toc: [
    { anchor: 'anchoring', title: 'Anchoring' },
    { anchor: 'walk-away', title: 'Walk-away point' },
  ],
  related: [],
  quizzes: [{ id: 'quiz-negotiation', lang: 'en', title: 'Quiz: Negotiating price', playbook: 'negotiation', questionCount: 8, passScore: 0.8 }],
  cases: [],
  read: false,
  beyond: [],
  source: { root: '/opt/app/content', file: '/opt/app/content/playbooks/en/negotiation.md', path: 'playbooks/en/negotiation.md' },
};

const sheet: PrepSheetView = {
  id: 's1',
  title: 'Acme renewal',
  customer: 'Acme',
  date: '',
  goal: '',
  notes: '',
  items: [],
  checked: [],
  updatedAt: '',
  itemViews: [],
};

describe('ReaderScreen', () => {
  it('shows the playbook again, without a reload of the page, once the content changes on disk', async () => {
    const disk = { revision: 4, title: 'Negotiating price' };
    const getPlaybook = vi.fn(async () => ({ ...view, title: disk.title }));
    const api = fakeApi({
      getPlaybook,
      getWorkspace: async () => ({ dir: '/ws', roots: [], revision: disk.revision }),
      listPrepSheets: async () => [],
    });
    renderInSession(<WorkspaceProvider><ReaderScreen id="negotiation" /></WorkspaceProvider>, api);
    await screen.findByRole('heading', { level: 1, name: 'Negotiating price' });
    // Unchanged polls do not load the playbook again.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(getPlaybook).toHaveBeenCalledTimes(1);

    disk.title = 'Negotiating price, edited elsewhere';
    disk.revision = 5;
    await screen.findByRole('heading', { level: 1, name: 'Negotiating price, edited elsewhere' }, { timeout: 1500 });
    expect(getPlaybook).toHaveBeenCalledTimes(2);
  });


  it('renders the playbook with its TOC, pins a tactic and a section, and marks it read', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      getPlaybook: vi.fn(async () => view),
      pin: vi.fn(async () => sheet),
      markRead: vi.fn(async ({ read }) => ({ read })),
    });
    renderInSession(<ReaderScreen id="negotiation" />, api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Negotiating price' })).toBeTruthy();
    expect(api.getPlaybook).toHaveBeenCalledWith({ id: 'negotiation', lang: 'en', profileId: 'p1' });
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(toc).getByRole('link', { name: 'Walk-away point' }).getAttribute('href')).toBe('#/playbook/negotiation/walk-away');

    // Tactic blocks get a pin button; pitfalls do not.
    await user.click(screen.getByRole('button', { name: 'Pin “Trade, don’t give” to prep sheet' }));
    expect(api.pin).toHaveBeenCalledWith({
      profileId: 'p1',
      sheetId: undefined,
      item: { kind: 'tactic', playbookId: 'negotiation', anchor: 'anchoring--trade-dont-give', lang: 'en' },
    });
    expect(await screen.findByText('Pinned to “Acme renewal”')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Discount first/ })).toBeNull();

    await user.click(within(toc).getByRole('button', { name: 'Pin “Anchoring” to prep sheet' }));
    expect(api.pin).toHaveBeenLastCalledWith(expect.objectContaining({ item: { kind: 'section', playbookId: 'negotiation', anchor: 'anchoring', lang: 'en' } }));

    const markRead = screen.getByRole('button', { name: 'Mark as read' });
    expect(markRead.getAttribute('aria-pressed')).toBe('false');
    await user.click(markRead);
    expect(api.markRead).toHaveBeenCalledWith({ profileId: 'p1', playbookId: 'negotiation', lang: 'en', read: true });
    expect((await screen.findByRole('button', { name: 'Read' })).getAttribute('aria-pressed')).toBe('true');
    // The keyboard focus stays on the button while it saves and after, instead of dropping to the page.
    expect(document.activeElement).toBe(markRead);

    expect(screen.getByRole('link', { name: 'Take quiz: Quiz: Negotiating price' }).getAttribute('href')).toBe('#/quiz/quiz-negotiation');
    // The author finds the file by its place in the content folder, not by this machine's path.
    expect(screen.getByText('Source: playbooks/en/negotiation.md')).toBeTruthy();
    expect(screen.queryByText(/\/opt\/app/)).toBeNull();
  });

  it('highlights the section being read in the TOC as the learner scrolls', async () => {
    const observers: { callback: IntersectionObserverCallback; targets: Element[]; options?: IntersectionObserverInit }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        readonly entry: (typeof observers)[number];
        constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
          this.entry = { callback, targets: [], ...(options ? { options } : {}) };
          observers.push(this.entry);
        }
        observe(target: Element) {
          this.entry.targets.push(target);
        }
        disconnect() {
          this.entry.targets = [];
        }
      },
    );
    try {
      renderInSession(<ReaderScreen id="negotiation" />, fakeApi({ getPlaybook: async () => view }));
      await screen.findByRole('heading', { level: 1, name: 'Negotiating price' });
      const toc = screen.getByRole('navigation', { name: 'On this page' });
      const current = () => within(toc).queryAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'location').map((link) => link.textContent);
      expect(current()).toEqual([]);

      const watching = observers.find((observer) => observer.targets.length > 0)!;
      const cross = (text: string, isIntersecting: boolean) => {
        const target = watching.targets.find((element) => element.textContent?.startsWith(text))!;
        act(() => watching.callback([{ target, isIntersecting } as unknown as IntersectionObserverEntry], {} as IntersectionObserver));
      };
      // Every top-level element is watched, so landing mid-section (on a tactic) still names its section.
      cross('Trade, don’t give', true);
      expect(current()).toEqual(['Anchoring']);
      cross('Trade, don’t give', false);
      cross('Decide it before the meeting', true);
      expect(current()).toEqual(['Walk-away point']);
      cross('Decide it before the meeting', false);
      cross('Price is a conversation', true);
      expect(current()).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lands on the deep-linked block: focused, marked, and its section current in the TOC', async () => {
    const api = fakeApi({ getPlaybook: async () => view });
    renderInSession(<ReaderScreen id="negotiation" anchor="anchoring--trade-dont-give" />, api);
    await screen.findByRole('heading', { level: 1, name: 'Negotiating price' });
    const target = document.getElementById('anchoring--trade-dont-give')!;
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(target.classList.contains('is-target')).toBe(true);
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(toc).getByRole('link', { name: 'Anchoring' }).getAttribute('aria-current')).toBe('location');
  });

  it('scrolls a deep-linked section heading into view and focuses it', async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      renderInSession(<ReaderScreen id="negotiation" anchor="walk-away" />, fakeApi({ getPlaybook: async () => view }));
      const heading = await screen.findByRole('heading', { level: 2, name: 'Walk-away point' });
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(scrolled).toEqual([heading]);
    } finally {
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    }
  });

  it('shows what goes beyond the source article under the title and at the start of the marked section', async () => {
    const marked: PlaybookView = {
      ...view,
      beyond: [
        { kind: 'course' },
        { section: 'walk-away', kind: 'practice', note: 'Walk-away points come from negotiation practice, not from the article.' },
      ],
    };
    renderInSession(<ReaderScreen id="negotiation" />, fakeApi({ getPlaybook: async () => marked }));
    await screen.findByRole('heading', { level: 1, name: 'Negotiating price' });
    const notes = screen.getAllByRole('note');
    expect(notes.map((note) => note.textContent)).toEqual([
      'Beyond the source article — this course’s elaboration',
      'Beyond the source article — widely documented practice' + 'Walk-away points come from negotiation practice, not from the article.',
    ]);
    expect(notes[0]!.closest('header')).toBeTruthy();
    // Right under the section's heading, before its text.
    const heading = screen.getByRole('heading', { level: 2, name: 'Walk-away point' });
    expect(heading.nextElementSibling?.contains(notes[1]!)).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: 'Anchoring' }).nextElementSibling?.querySelector('[role="note"]')).toBeNull();
  });

  it('shows no note when nothing goes beyond the source article, and says it in Chinese in the Chinese UI', async () => {
    renderInSession(<ReaderScreen id="negotiation" />, fakeApi({ getPlaybook: async () => view }));
    await screen.findByRole('heading', { level: 1, name: 'Negotiating price' });
    expect(screen.queryAllByRole('note')).toEqual([]);
    cleanup();
    render(
      <I18nProvider lang="zh-CN">
        <BeyondNotice note={{ kind: 'practice' }} />
        <BeyondNotice note={{ kind: 'course', note: '铁三角的说法来自华为一线。' }} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('note').map((note) => note.textContent)).toEqual(['超出原文：业内通行做法', '超出原文：本课程的延伸' + '铁三角的说法来自华为一线。']);
  });

  it('shows the API message when the playbook does not exist', async () => {
    const api = fakeApi({ getPlaybook: () => Promise.reject(new ApiError('not-found', 'No playbook “ghost”.')) });
    renderInSession(<ReaderScreen id="ghost" />, api);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('No playbook “ghost”.')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('ReaderScreen checklists', () => {
  const checklistHtml = [
    '<h2 id="prep">Prep</h2>',
    '<section class="block block-checklist" id="prep--before"><p class="block-title">Before the meeting</p><ul class="contains-task-list">',
    '<li class="task-list-item"><label><input class="task-list-item-checkbox" disabled="" type="checkbox"> Know the stage</label></li>',
    '<li class="task-list-item"><label><input class="task-list-item-checkbox" disabled="" type="checkbox"> Tie the goal to it</label></li>',
    '</ul></section>',
  ].join('\n');
  const item = { kind: 'tactic' as const, playbookId: 'negotiation', anchor: 'prep--before', lang: 'en' as const };
  const ticked: PrepSheetView = {
    ...sheet,
    items: [item],
    checked: ['en/negotiation#prep--before/1'],
    itemViews: [
      {
        ...item,
        title: 'Before the meeting',
        playbookTitle: 'Negotiating price',
        html: '',
        missing: false,
        checklist: [
          { key: 'en/negotiation#prep--before/0', text: 'Know the stage' },
          { key: 'en/negotiation#prep--before/1', text: 'Tie the goal to it' },
        ],
      },
    ],
  };

  it('ticks checklist items into the current prep sheet, starting one when there is none', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      getPlaybook: async () => ({ ...view, html: checklistHtml }),
      tickPrepChecklist: vi.fn(async () => ticked),
      getPrepSheet: vi.fn(async () => ticked),
    });
    renderInSession(
      <StatefulSession>
        <ReaderScreen id="negotiation" />
      </StatefulSession>,
      api,
    );
    const second = await screen.findByRole('checkbox', { name: 'Tie the goal to it' });
    expect(screen.getByText('Tick an item to start a prep sheet')).toBeTruthy();
    expect((second as HTMLInputElement).disabled).toBe(false);
    await user.click(second);
    expect(api.tickPrepChecklist).toHaveBeenCalledWith({ profileId: 'p1', sheetId: undefined, item, index: 1, checked: true });
    expect(await screen.findByText('Ticks go to prep sheet “Acme renewal”')).toBeTruthy();
    expect((second as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Know the stage' }) as HTMLInputElement).checked).toBe(false);

    await user.click(screen.getByRole('checkbox', { name: 'Know the stage' }));
    expect(api.tickPrepChecklist).toHaveBeenLastCalledWith({ profileId: 'p1', sheetId: 's1', item, index: 0, checked: true });
  });
});
