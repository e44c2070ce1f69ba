// One round of review: which card is up, rating it, taking the last rating back (also by its shortcut), and what is left today.
import { useCallback, useEffect, useState } from 'react';
import type { Rating, ReviewQueue } from '../../core/api/contract';
import { isTyping, SHORTCUTS } from '../shortcuts/shortcutTable';
import { useApi } from '../state/ApiContext';
import { useBusyAction } from '../state/useBusyAction';

/** The last rating of this run, so it can be taken back: the card's place in the queue and what the rating changed. */
interface LastRating {
  cardId: string;
  position: number;
  remainingBefore: number | null;
}

export function useReviewRun(queue: ReviewQueue, profileId: string, onRated: (() => void) | undefined) {
  const api = useApi();
  const [position, setPosition] = useState(0);
  const [rescheduled, setRescheduled] = useState<string[]>([]);
  const [remaining, setRemaining] = useState<number | null>(null);
  const { busy: rating, problem, run } = useBusyAction();
  const [lastRating, setLastRating] = useState<LastRating | null>(null);
  // Said above the card that came back, and gone with its next rating (a toast would outlive it).
  const [undone, setUndone] = useState(false);
  const item = queue.due[position];

  const rate = useCallback(
    async (value: Rating) => {
      if (!item) return;
      await run(async () => {
        const result = await api.rateReview({ profileId, cardId: item.cardId, rating: value });
        setLastRating({ cardId: item.cardId, position, remainingBefore: remaining });
        setUndone(false);
        setRescheduled((list) => [...list, result.nextDue]);
        setRemaining(result.remainingToday);
        setPosition((p) => p + 1);
        onRated?.();
      });
    },
    [api, item, position, remaining, profileId, onRated, run],
  );

  const undo = useCallback(async () => {
    if (!lastRating || rating) return;
    await run(async () => {
      await api.undoRating({ profileId, cardId: lastRating.cardId });
      setRescheduled((list) => list.slice(0, -1));
      setRemaining(lastRating.remainingBefore);
      setPosition(lastRating.position);
      setLastRating(null);
      setUndone(true);
      onRated?.();
    });
  }, [api, lastRating, rating, profileId, onRated, run]);

  useEffect(() => {
    if (!lastRating) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!SHORTCUTS.undoRating.matches(event) || isTyping(event.target)) return;
      event.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lastRating, undo]);

  return { item, position, rescheduled, remaining, rating, problem, canUndo: lastRating !== null, undone, rate, undo };
}
