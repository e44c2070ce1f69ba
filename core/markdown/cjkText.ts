const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Whether a line break between these two pieces of text should vanish rather than become a space (CJK on both sides). */
export function joinsWithoutSpace(before: string, after: string): boolean {
  return CJK.test(before.slice(-1)) && CJK.test(after.charAt(0));
}
