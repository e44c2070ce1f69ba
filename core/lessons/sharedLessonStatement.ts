// Reads a shared lesson back out of an xAPI statement (SPECS §2: verb `shared`, context content `{kind: 'lesson'}`,
// the lesson's Markdown file in a result extension). Statements come from an LRS that anyone with a key may
// write to, so the shape is checked here rather than trusted.
import { z } from 'zod';
import { EXTENSIONS, VERBS } from '../records/xapiVocabulary';

const statementShape = z.object({
  id: z.string().min(1),
  verb: z.object({ id: z.literal(VERBS.shared) }),
  stored: z.string().optional(),
  context: z.object({ extensions: z.object({ [EXTENSIONS.content]: z.object({ kind: z.literal('lesson'), id: z.string().min(1) }) }) }),
  result: z.object({ extensions: z.object({ [EXTENSIONS.lessonFile]: z.string().min(1) }) }),
});

export interface SharedLessonStatement {
  statementId: string;
  lessonId: string;
  /** The lesson's file text, as the rep's app wrote it. */
  text: string;
  /** When the LRS stored it (the inbox's cursor moves on it). */
  stored?: string;
}

/** The lesson a statement carries, or undefined when the statement is not a shared lesson. */
export function sharedLessonOf(statement: unknown): SharedLessonStatement | undefined {
  const parsed = statementShape.safeParse(statement);
  if (!parsed.success) return undefined;
  const { id, stored, context, result } = parsed.data;
  const content = context.extensions[EXTENSIONS.content] as { id: string };
  return {
    statementId: id,
    lessonId: content.id,
    text: result.extensions[EXTENSIONS.lessonFile] as string,
    ...(stored ? { stored } : {}),
  };
}
