// A title made from free text (a lesson's words): its first sentence, cut at a word boundary when long, so it
// never ends mid-word or mid-phrase. Chinese has no spaces between words: Intl.Segmenter finds the boundaries.

const SENTENCE_END = /[.!?。！？；;](?=\s|$)|[。！？；]/u;

export function shortTitle(markdown: string, lang: string, maxLength: number): string {
  const line = markdown.trim().split('\n')[0]?.replace(/[#>*_`[\]]/g, '').trim() ?? '';
  const end = SENTENCE_END.exec(line);
  const sentence = end ? line.slice(0, end.index + 1) : line;
  if (sentence.length <= maxLength) return sentence;
  let cut = 0;
  for (const { index, segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(sentence)) {
    if (index + segment.length > maxLength - 1) break;
    if (isWordLike) cut = index + segment.length;
  }
  // A single word longer than the limit is cut where the limit falls.
  return `${(cut > 0 ? sentence.slice(0, cut) : sentence.slice(0, maxLength - 1)).replace(/[\s,，、:：]+$/u, '')}…`;
}
