// Freshness: every playbook is reviewed every `reviewEvery` days (default 180) by its owner; one whose last
// review (`verified`, else `updated`) is older than that, or that was never reviewed, is overdue.
import { DEFAULT_REVIEW_EVERY, type ContentSet, type Lang } from '../model';
import { isoDate } from './isoDate';

export interface OverdueReview {
  id: string;
  lang: Lang;
  title: string;
  /** `owner`, else `author`. */
  owner?: string;
  /** YYYY-MM-DD of the last review, when there was one. */
  lastReviewed?: string;
  reviewEvery: number;
  /** YYYY-MM-DD the review fell due; null for a playbook never reviewed. */
  dueOn: string | null;
  /** Whole days since it fell due (0 on the day itself); null for a playbook never reviewed. */
  overdueDays: number | null;
  file: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number) => isoDate(new Date(day * DAY_MS));

/** Overdue playbooks, never-reviewed ones first, then the longest overdue. `now` is compared by its UTC date. */
export function overdueReviews(content: ContentSet, now: Date): OverdueReview[] {
  const today = Math.floor(now.getTime() / DAY_MS);
  return content.playbooks
    .flatMap((playbook): OverdueReview[] => {
      const lastReviewed = playbook.verified ?? playbook.updated;
      const reviewEvery = playbook.reviewEvery ?? DEFAULT_REVIEW_EVERY;
      const due = lastReviewed === undefined ? undefined : dayNumber(lastReviewed) + reviewEvery;
      if (due !== undefined && due > today) return [];
      const owner = playbook.owner ?? playbook.author;
      return [{
        id: playbook.id,
        lang: playbook.lang,
        title: playbook.title,
        ...(owner !== undefined ? { owner } : {}),
        ...(lastReviewed !== undefined ? { lastReviewed } : {}),
        reviewEvery,
        dueOn: due === undefined ? null : dateOfDay(due),
        overdueDays: due === undefined ? null : today - due,
        file: playbook.source.file,
      }];
    })
    .sort((a, b) => (b.overdueDays ?? Infinity) - (a.overdueDays ?? Infinity) || a.id.localeCompare(b.id) || a.lang.localeCompare(b.lang));
}
