// What GIFT cannot say about our questions (the exact type behind a GIFT stand-in, the playbook section a question
// teaches, a recall card's explanation) travels in a `// pbt: {...}` comment above the question. Moodle skips
// comments, so the file stays plain GIFT, and reading it back here loses nothing.
import { z } from 'zod';
import { QUESTION_TYPES } from '../../model';
import { REF } from '../../content/schemas';
import type { Span } from './giftText';
import type { GiftProblem } from './parseGiftQuestion';

const markerSchema = z.strictObject({
  type: z.enum(QUESTION_TYPES).optional(),
  ref: z.string().regex(REF).optional(),
  explain: z.string().optional(),
});

export type GiftMarker = z.infer<typeof markerSchema>;

export function writeGiftMarker(marker: GiftMarker): string {
  return `// pbt: ${JSON.stringify(marker)}`;
}

/** Reads the `// pbt:` comments of one question (later keys win); a comment that cannot be read is reported and ignored. */
export function readGiftMarker(spans: readonly Span[]): { marker: GiftMarker; problems: GiftProblem[] } {
  const problems: GiftProblem[] = [];
  let marker: GiftMarker = {};
  for (const span of spans) {
    const json = parseJson(span.text);
    const result = json === undefined ? undefined : markerSchema.safeParse(json);
    if (result?.success) {
      marker = { ...marker, ...result.data };
    } else {
      const detail = result ? result.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ') : 'not valid JSON';
      problems.push({
        at: span.start,
        severity: 'warning',
        message: `this "// pbt:" comment is ignored (${detail}); it should read like // pbt: {"type":"order","ref":"playbook-id#anchor"}`,
      });
    }
  }
  return { marker, problems };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
