import { frontMatterEditor } from './frontMatterEditor';
import { applyEdits, editAsLf } from './textEdits';

/** The playbook text with `verified: <date>` set in its front matter, everything else untouched; undefined when the front matter cannot be read. */
export function markVerified(text: string, date: string): string | undefined {
  let edited = true;
  const result = editAsLf(text, (lf) => {
    const edit = frontMatterEditor(lf)?.setField([], 'verified', date);
    edited = edit !== undefined;
    return edit ? applyEdits(lf, [edit]) : lf;
  });
  return edited ? result : undefined;
}
