// Keeping content trustworthy: playbooks overdue for their periodic review, "mark verified", and the questions
// and cases to re-check because a section they refer to has changed since the trainer last accepted it.
import type { FreshnessView, VerifiedView } from '../../../core/api/authoringContract';
import { ApiError } from '../../../core/api/contract';
import { isoDate } from '../../../core/authoring/isoDate';
import { markVerified } from '../../../core/authoring/markVerified';
import { overdueReviews } from '../../../core/authoring/overdueReviews';
import { sectionHash, sectionKey } from '../../../core/content/sectionHash';
import { staleReferences } from '../../../core/authoring/staleReferences';
import type { Lang } from '../../../core/model';
import type { Workspace } from '../../workspace/Workspace';
import { editableCopy, requireExactItem } from './workspaceItems';

export interface FreshnessDeps {
  workspace: Workspace;
  now: () => Date;
}

export class FreshnessFlow {
  constructor(private readonly deps: FreshnessDeps) {}

  report(): FreshnessView {
    const { workspace } = this.deps;
    return {
      overdue: overdueReviews(workspace.content, this.deps.now()),
      stale: staleReferences(workspace.content, workspace.settings.sectionHashes(workspace.dir) ?? {}),
    };
  }

  /** Sets today as the playbook's `verified` date in its file (forking a built-in playbook first). */
  async markVerified(playbookId: string, lang: Lang): Promise<VerifiedView> {
    const { workspace } = this.deps;
    workspace.requireDir();
    const { file, forked } = await editableCopy(workspace, requireExactItem(workspace.content, 'playbook', playbookId, lang));
    const verified = isoDate(this.deps.now());
    const text = markVerified(file.text, verified);
    if (text === undefined) throw new ApiError('conflict', `The front matter of ${file.path} cannot be read; fix it before marking the playbook verified.`);
    await workspace.write([{ path: file.path, text }]);
    return { path: file.path, verified, forked };
  }

  /** Takes the current text of the section `ref` points to as the one its questions and cases were checked against. */
  async acceptSectionChange(ref: string, lang: Lang): Promise<{ accepted: boolean }> {
    const { workspace } = this.deps;
    const hash = sectionHash(workspace.content, ref, lang);
    if (hash === undefined) throw new ApiError('not-found', `"${ref}" does not point to a section of a ${lang} playbook.`);
    const baseline = workspace.settings.sectionHashes(workspace.dir) ?? {};
    const key = sectionKey(lang, ref);
    if (baseline[key] === hash) return { accepted: false };
    await workspace.settings.save({ baselineOf: workspace.dir, sectionHashes: { ...baseline, [key]: hash } });
    return { accepted: true };
  }
}
