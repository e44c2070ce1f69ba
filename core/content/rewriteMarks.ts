// Text the authoring tools pre-fill for the trainer to rewrite ends with one of these marks. A question that still
// holds one is a draft: reported, and kept from learners until it is rewritten.
export const REWRITE_MARKS = ['(rewrite)', '（请改写）'] as const;

export function needsRewrite(text: string): boolean {
  return REWRITE_MARKS.some((mark) => text.includes(mark));
}
