// Markdown of any content item to the HTML the UI shows: links checked against the loaded playbooks,
// images turned into `/content/...` URLs of the item's own content root (see contentUrls).
import type { AnswerFeedback } from '../../../core/api/contract';
import type { ContentSet, Lang, SourceRef } from '../../../core/model';
import { pathInRoot } from '../../../core/content/parseResult';
import { renderMarkdown } from '../../../core/markdown/createMarkdown';
import { findItem } from '../../../core/content/findItem';
import { contentImageUrls } from '../../hosting/contentUrls';
import { inlineContentImages } from './inlineImages';

export type RefView = NonNullable<AnswerFeedback['ref']>;

export class ContentRenderer {
  constructor(
    private readonly content: () => ContentSet,
    private readonly roots: readonly string[],
  ) {}

  /** Renders Markdown written in the file at `source`; `playbookId` makes bare `#anchor` links point into that playbook. */
  render(markdown: string, source: Pick<SourceRef, 'root' | 'file'>, playbookId?: string): string {
    const playbooks = this.content().playbooks;
    return renderMarkdown(markdown, {
      documentPath: pathInRoot(source),
      resolveImage: contentImageUrls(this.roots, source.root),
      hasPlaybook: (id) => playbooks.some((playbook) => playbook.id === id),
      ...(playbookId ? { playbookId } : {}),
    });
  }

  /** Like `render`, for a file that leaves the app (export, PDF): its images carried inside as data URIs. */
  renderStandalone(markdown: string, source: Pick<SourceRef, 'root' | 'file'>, playbookId?: string): Promise<string> {
    return inlineContentImages(this.render(markdown, source, playbookId), this.roots);
  }

  /** A renderer bound to one item's file, for the core view builders that take `(markdown) => html`. */
  forSource(source: Pick<SourceRef, 'root' | 'file'>): (markdown: string) => string {
    return (markdown) => this.render(markdown, source);
  }

  /** `playbook-id#anchor` → where to send the learner, titled in `lang` when possible; undefined when it does not resolve. */
  resolveRef(ref: string | undefined, lang: Lang): RefView | undefined {
    if (!ref) return undefined;
    const [playbookId = '', anchor = ''] = ref.split('#');
    const playbook = findItem(this.content().playbooks, playbookId, lang);
    if (!playbook) return undefined;
    if (!anchor) return { playbookId, anchor: '', title: playbook.title };
    const target =
      playbook.sections.find((section) => section.anchor === anchor) ?? playbook.blocks.find((block) => block.anchor === anchor);
    return target ? { playbookId, anchor, title: target.title } : undefined;
  }
}
