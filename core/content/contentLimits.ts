// The most one content file may hold. A file over a limit is refused with a diagnostic of its own and the rest of
// the content still loads: these bound the work a single careless or hostile file can cause (docs/security.md).
// The limits inside a playbook's Markdown (headings, blocks, nesting) are in core/markdown/markdownLimits.ts.

/** Characters of one file, and of a text the editor validates or saves (core/api/authoringContract.ts). */
export const MAX_FILE_CHARACTERS = 2_000_000;
export const MAX_QUIZ_QUESTIONS = 1_000;
export const MAX_CASE_STEPS = 1_000;
/** Values a YAML file may produce through aliases (`*name`), counted as the `yaml` library counts them. */
export const MAX_YAML_ALIAS_COUNT = 100;

/** `5,000`: limits are read by trainers. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
