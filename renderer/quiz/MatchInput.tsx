// Answering a matching question with labelled selects, so it works without drag and drop.
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';

interface MatchInputProps {
  idPrefix: string;
  left: string[];
  right: { index: number; text: string }[];
  /** For each left item, the original index of the right item chosen (null: not yet). */
  pairs: (number | null)[];
  /** The right pairing once feedback arrived, else null. */
  solution: number[] | null;
  onChange: (pairs: (number | null)[]) => void;
}

/** Each left-hand item gets a labelled select of the (shuffled) right-hand items. */
export function MatchInput({ idPrefix, left, right, pairs, solution, onChange }: MatchInputProps) {
  const { t } = useI18n();
  const textOf = (index: number | undefined) => right.find((item) => item.index === index)?.text ?? '';
  return (
    <div className="match">
      {left.map((leftText, i) => {
        const chosen = pairs[i] ?? null;
        const expected = solution?.[i];
        const verdict = solution === null ? null : chosen === expected;
        const selectId = `${idPrefix}-match-${i}`;
        return (
          <div key={selectId} className={`match-row${verdict === true ? ' is-solution' : verdict === false ? ' is-wrong' : ''}`}>
            <label className="match-left" htmlFor={selectId}>
              {leftText}
            </label>
            <select
              id={selectId}
              className="select"
              value={chosen === null ? '' : String(chosen)}
              disabled={solution !== null}
              onChange={(event) => {
                const next = [...pairs];
                next[i] = event.target.value === '' ? null : Number(event.target.value);
                onChange(next);
              }}
            >
              <option value="">{t('quiz.choosePair')}</option>
              {right.map((item) => (
                <option key={item.index} value={item.index}>
                  {item.text}
                </option>
              ))}
            </select>
            {verdict === true && (
              <span className="choice-mark is-solution">
                <Icon name="check" />
                {t('quiz.correctAnswer')}
              </span>
            )}
            {verdict === false && (
              <span className="choice-mark is-wrong">
                <Icon name="cross" />
                {t('quiz.shouldBe', { answer: textOf(expected) })}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
