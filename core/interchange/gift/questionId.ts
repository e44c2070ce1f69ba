// Question ids from GIFT names: ids are lower-case kebab-case ASCII, so accents are dropped and Chinese
// is written in toneless pinyin (`::客户关系::` → `ke-hu-guan-xi`).
import { pinyin } from 'pinyin-pro';
import { UniqueNames } from '../../markdown/uniqueNames';

/** Words kept when the id has to come from the question text (no `::name::`). */
const WORDS_FROM_TEXT = 6;

function slugId(text: string): string {
  const latin = text.replace(/\p{Script=Han}+/gu, (han) => ` ${pinyin(han, { toneType: 'none', type: 'array', v: true }).join(' ')} `);
  return latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An id for each question: from its name, else from the first words of its text, else its number; made unique in the quiz. */
export class QuestionIds {
  private readonly used = new UniqueNames();

  next(name: string | undefined, prompt: string, position: number): { id: string; renamedFrom?: string } {
    const base = (name ? slugId(name) : slugId(prompt).split('-').slice(0, WORDS_FROM_TEXT).join('-')) || `question-${position}`;
    const id = this.used.take(base);
    return id === base ? { id } : { id, renamedFrom: base };
  }
}
