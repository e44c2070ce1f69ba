// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../core/api/contract';
import { parsePath } from '../../core/content/parsePath';
import type { Lang, RoleId } from '../../core/model';
import { I18nProvider } from '../i18n/I18nContext';
import { ApiProvider } from '../state/ApiContext';
import { fakeApi } from '../testing/renderWithApi';
import { FirstRunScreen } from './FirstRunScreen';
import enCoordinator from '../../content/paths/en/path-order-coordinator.yaml?raw';
import enRegional from '../../content/paths/en/path-regional-manager.yaml?raw';
import enManager from '../../content/paths/en/path-sales-manager.yaml?raw';
import enRep from '../../content/paths/en/path-sales-rep.yaml?raw';
import zhCoordinator from '../../content/paths/zh-CN/path-order-coordinator.yaml?raw';
import zhRegional from '../../content/paths/zh-CN/path-regional-manager.yaml?raw';
import zhManager from '../../content/paths/zh-CN/path-sales-manager.yaml?raw';
import zhRep from '../../content/paths/zh-CN/path-sales-rep.yaml?raw';

afterEach(cleanup);

const shippedPaths: Record<Lang, string[]> = { en: [enCoordinator, enRep, enManager, enRegional], 'zh-CN': [zhCoordinator, zhRep, zhManager, zhRegional] };

/** The role names the seed article and the content use (SPECS §3). */
const roleNames: Record<Lang, Record<RoleId, string>> = {
  'zh-CN': { 'order-coordinator': '跟单员', 'sales-rep': '销售人员', 'sales-manager': '销售经理', 'regional-manager': '大区经理' },
  en: { 'order-coordinator': 'Order coordinator', 'sales-rep': 'Account rep', 'sales-manager': 'Sales manager', 'regional-manager': 'Regional manager' },
};

function catalogOf(lang: Lang): Catalog {
  const paths = shippedPaths[lang].map((text) => {
    const parsed = parsePath(text, { root: 'content', file: 'content/paths/path.yaml' });
    if (!parsed.item) throw new Error(`A shipped path does not parse: ${JSON.stringify(parsed.diagnostics)}`);
    const { id, role, title, modules } = parsed.item;
    return { id, lang, role, title, moduleCount: modules.length };
  });
  return { playbooks: [], quizzes: [], cases: [], paths, stages: [], tags: [], diagnostics: [] };
}

describe('FirstRunScreen role cards', () => {
  it.each(['zh-CN', 'en'] as const)('name each role as the content does and as its learning path’s title begins (%s)', async (lang) => {
    const catalog = catalogOf(lang);
    render(
      <ApiProvider api={fakeApi({ getCatalog: async () => catalog })}>
        <I18nProvider lang={lang}>
          <FirstRunScreen lang={lang} onLangChange={() => undefined} existing={[]} onSignedIn={() => undefined} />
        </I18nProvider>
      </ApiProvider>,
    );
    for (const path of catalog.paths) {
      const name = roleNames[lang][path.role];
      // Each path's title starts with its role's name: 「跟单员：…」, "Account rep: …".
      expect(path.title.split(/[:：]/)[0]).toBe(name);
      const card = (await screen.findByText(path.title, { exact: false })).closest('label')!;
      expect(within(card).getByText(name, { selector: '.role-option-name' })).toBeTruthy();
    }
  });
});
