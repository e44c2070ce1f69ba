// Pinyin readings (toneless, ü written as v) of the Han characters that occur in the content,
// computed once with pinyin-pro and stored with the index so loading does not recompute them.
import { pinyin } from 'pinyin-pro';

const SYLLABLE = /^[a-z]+$/;

export class PinyinTable {
  private readonly byLetter = new Map<string, string[]>();

  private constructor(private readonly readings: Map<string, string[]>) {
    for (const [char, syllables] of readings) this.indexLetters(char, syllables);
  }

  static build(chars: Iterable<string>): PinyinTable {
    const table = new PinyinTable(new Map());
    table.add(chars);
    return table;
  }

  /** Adds readings for characters not seen before (content indexed after the table was built). */
  add(chars: Iterable<string>): void {
    for (const char of chars) {
      if (this.readings.has(char)) continue;
      const syllables = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).filter((s) =>
        SYLLABLE.test(s),
      );
      this.readings.set(char, syllables);
      this.indexLetters(char, syllables);
    }
  }

  syllablesOf(char: string): readonly string[] {
    return this.readings.get(char) ?? [];
  }

  /** Characters with a reading that starts with `letter`. */
  charsStartingWith(letter: string): readonly string[] {
    return this.byLetter.get(letter) ?? [];
  }

  toJSON(): string {
    return [...this.readings].map(([char, syllables]) => `${char}:${syllables.join(',')}`).join(';');
  }

  static fromJSON(json: string): PinyinTable {
    const readings = new Map<string, string[]>();
    if (json) {
      for (const entry of json.split(';')) {
        const colon = entry.indexOf(':');
        const list = entry.slice(colon + 1);
        readings.set(entry.slice(0, colon), list ? list.split(',') : []);
      }
    }
    return new PinyinTable(readings);
  }

  private indexLetters(char: string, syllables: readonly string[]): void {
    for (const letter of new Set(syllables.map((s) => s.charAt(0)))) {
      const list = this.byLetter.get(letter);
      if (list) list.push(char);
      else this.byLetter.set(letter, [char]);
    }
  }
}
