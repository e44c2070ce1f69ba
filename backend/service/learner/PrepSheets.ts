// Meeting prep sheets: pinned sections and tactics resolved against the current content, ticks on their
// checklists, and export. A pinned item whose playbook or anchor was edited away stays on the sheet as "missing".
import type { ExportedFile, PrepItemRef, PrepItemView, PrepSheet, PrepSheetView } from '../../../core/api/contract';
import { ApiError } from '../../../core/api/contract';
import { markdownOf } from '../../../core/content/playbookBody';
import type { Block, ContentSet, Playbook, Section } from '../../../core/model';
import type { PlaybookText, PlaybookTexts } from '../../content/readPlaybookBody';
import type { PrepSheetFields, ProgressStore } from '../../store/ProgressStore';
import type { ContentRenderer } from '../views/ContentRenderer';
import { checklistOf, withTicks } from './prepChecklist';
import type { ExportItem } from './prepSheetExport';
import { defaultSheetTitle, exportPrepSheet } from './prepSheetExport';

export interface PrepSheetDeps {
  content: () => ContentSet;
  /** Where the pinned items' Markdown is read from. */
  texts: PlaybookTexts;
  store: ProgressStore;
  renderer: ContentRenderer;
}

interface ResolvedItem {
  playbook: Playbook;
  title: string;
  markdown: string;
}

const sameItem = (a: PrepItemRef, b: PrepItemRef) =>
  a.kind === b.kind && a.playbookId === b.playbookId && a.anchor === b.anchor && a.lang === b.lang;

export class PrepSheets {
  constructor(private readonly deps: PrepSheetDeps) {}

  list(profileId: string): PrepSheet[] {
    return this.deps.store.listPrepSheets(profileId);
  }

  get(profileId: string, sheetId: string): Promise<PrepSheetView> {
    return this.view(this.deps.store.getPrepSheet(profileId, sheetId));
  }

  async save(profileId: string, sheetId: string | undefined, fields: PrepSheetFields): Promise<PrepSheetView> {
    return this.view(await this.deps.store.savePrepSheet(profileId, sheetId, fields));
  }

  async delete(profileId: string, sheetId: string): Promise<{ deleted: boolean }> {
    return { deleted: await this.deps.store.deletePrepSheet(profileId, sheetId) };
  }

  /** Adds the item to the sheet (once), or to a new sheet when none is given. */
  async pin(profileId: string, sheetId: string | undefined, item: PrepItemRef): Promise<PrepSheetView> {
    if (!pinnedTarget(pinnedPlaybook(this.deps.content(), item), item)) {
      throw new ApiError('not-found', `Nothing to pin at ${item.playbookId}#${item.anchor} (${item.lang}).`);
    }
    const { store } = this.deps;
    const sheet: PrepSheetFields = sheetId
      ? store.getPrepSheet(profileId, sheetId)
      : { title: defaultSheetTitle(store.getProfile(profileId).uiLang), customer: '', date: '', goal: '', notes: '', items: [], checked: [] };
    const items = sheet.items.some((pinned) => sameItem(pinned, item)) ? sheet.items : [...sheet.items, item];
    const { title, customer, date, goal, notes, checked } = sheet;
    return this.save(profileId, sheetId, { title, customer, date, goal, notes, checked, items });
  }

  /**
   * Ticks (or unticks) the `index`-th checklist item of a block from the reader: the block is pinned to the sheet
   * first when it is not on it yet (a new sheet when none is given), so the tick shows where the learner prepares.
   */
  async tick(profileId: string, sheetId: string | undefined, item: PrepItemRef, index: number, checked: boolean): Promise<PrepSheetView> {
    const pinned = await this.pin(profileId, sheetId, item);
    const key = pinned.itemViews.find((view) => sameItem(view, item))?.checklist[index]?.key;
    if (!key) throw new ApiError('not-found', `${item.playbookId}#${item.anchor} has no checklist item ${index + 1}.`);
    const ticks = pinned.checked.filter((other) => other !== key);
    const { title, customer, date, goal, notes, items } = pinned;
    return this.save(profileId, pinned.id, { title, customer, date, goal, notes, items, checked: checked ? [...ticks, key] : ticks });
  }

  async export(profileId: string, sheetId: string, format: 'markdown' | 'html'): Promise<ExportedFile> {
    const sheet = this.deps.store.getPrepSheet(profileId, sheetId);
    const checked = new Set(sheet.checked);
    const resolve = this.resolver();
    const items: ExportItem[] = await Promise.all(
      sheet.items.map(async (item): Promise<ExportItem> => {
        const resolved = await resolve(item);
        if (!resolved) return { title: item.anchor, playbookTitle: item.playbookId, markdown: '', html: '', missing: true };
        const markdown = withTicks(resolved.markdown, item, checked);
        return {
          title: resolved.title,
          playbookTitle: resolved.playbook.title,
          markdown,
          html: await this.deps.renderer.renderStandalone(markdown, resolved.playbook.source, resolved.playbook.id),
          missing: false,
        };
      }),
    );
    return exportPrepSheet(sheet, items, this.deps.store.getProfile(profileId).uiLang, format);
  }

  private async view(sheet: PrepSheet): Promise<PrepSheetView> {
    const resolve = this.resolver();
    return { ...sheet, itemViews: await Promise.all(sheet.items.map(async (item) => this.itemView(item, await resolve(item)))) };
  }

  private itemView(item: PrepItemRef, resolved: ResolvedItem | null): PrepItemView {
    if (!resolved) return { ...item, title: item.anchor, playbookTitle: item.playbookId, html: '', checklist: [], missing: true };
    return {
      ...item,
      title: resolved.title,
      playbookTitle: resolved.playbook.title,
      html: this.deps.renderer.render(resolved.markdown, resolved.playbook.source, resolved.playbook.id),
      checklist: checklistOf(resolved.markdown, item),
      missing: false,
    };
  }

  /** Resolves pinned items with their Markdown (null when gone), reading each playbook's file once per resolver. */
  private resolver(): (item: PrepItemRef) => Promise<ResolvedItem | null> {
    const texts = new Map<string, Promise<PlaybookText | undefined>>();
    return async (item) => {
      const key = `${item.lang}:${item.playbookId}`;
      const text = texts.get(key) ?? this.deps.texts.playbookText((content) => pinnedPlaybook(content, item));
      texts.set(key, text);
      const found = await text;
      const target = pinnedTarget(found?.playbook, item);
      return found && target ? { playbook: found.playbook, title: target.title, markdown: markdownOf(found.body, target) } : null;
    };
  }
}

/** The playbook an item is pinned from, in the pinned language. */
function pinnedPlaybook(content: ContentSet, item: PrepItemRef): Playbook | undefined {
  return content.playbooks.find((candidate) => candidate.id === item.playbookId && candidate.lang === item.lang);
}

/** The pinned section or block (any `:::` kind); undefined when it is gone. */
function pinnedTarget(playbook: Playbook | undefined, item: PrepItemRef): Section | Block | undefined {
  return item.kind === 'section'
    ? playbook?.sections.find((section) => section.anchor === item.anchor)
    : playbook?.blocks.find((block) => block.anchor === item.anchor);
}
