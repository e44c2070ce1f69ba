// Playbook bodies are read from their files when a screen shows them (the loaded content keeps only offsets
// into them). A file can change on disk before the content is reloaded, so what is read is checked against the
// parse the offsets come from.
import { readFile } from 'node:fs/promises';
import { playbookBody } from '../../core/content/playbookBody';
import { exactFingerprint } from '../../core/content/textFingerprint';
import type { ContentSet, Playbook } from '../../core/model';

/** A playbook and its Markdown body, from the same parse. */
export interface PlaybookText {
  playbook: Playbook;
  body: string;
}

/** Where services get playbook bodies from (the Workspace, which can reload a file that changed). */
export interface PlaybookTexts {
  /**
   * The playbook `find` picks in the current content, with its body; undefined when `find` finds none.
   * `find` may run again on reloaded content, so it looks the playbook up rather than returning a known object.
   */
  playbookText(find: (content: ContentSet) => Playbook | undefined): Promise<PlaybookText | undefined>;
}

/** The body of `playbook` as its file holds it now; undefined when the file is gone or no longer holds what was parsed. */
export async function readPlaybookBody(playbook: Playbook): Promise<string | undefined> {
  const text = await readFile(playbook.source.file, 'utf8').catch(() => undefined);
  const body = text === undefined ? undefined : playbookBody(text);
  return body !== undefined && exactFingerprint(body) === playbook.bodyChecksum ? body : undefined;
}
