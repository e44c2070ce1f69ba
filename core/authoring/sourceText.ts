/** A content file as text, by its `/`-separated path inside its content root. */
export interface SourceText {
  path: string;
  text: string;
}

/** The kinds of items whose ids other items refer to. */
export const RENAMABLE_KINDS = ['playbook', 'quiz', 'case', 'path'] as const;
export type RenamableKind = (typeof RENAMABLE_KINDS)[number];
