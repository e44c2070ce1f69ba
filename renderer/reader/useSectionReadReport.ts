// Reading a section is a learning record (xAPI "experienced" with the section as the activity): the reader reports
// a section once per visit, after the learner has stayed on it long enough to read it.
import { useEffect, useRef } from 'react';
import type { Lang } from '../../core/model';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';

/** How long a section must stay the one being read before it counts: enough for a paragraph or two, not a scroll past. */
export const SECTION_READ_DWELL_MS = 20_000;

/** Reports `section` as read once it has been in view for `dwellMs`; each section of a playbook at most once per visit. */
export function useSectionReadReport(playbookId: string, lang: Lang, section: string | null | undefined, dwellMs = SECTION_READ_DWELL_MS): void {
  const api = useApi();
  const { profile } = useSession();
  const reported = useRef(new Set<string>());
  useEffect(() => {
    reported.current = new Set();
  }, [playbookId, lang]);
  useEffect(() => {
    if (!section || reported.current.has(section)) return;
    const timer = setTimeout(() => {
      reported.current.add(section);
      // A record that cannot be kept must not interrupt reading; the back end already reports an outbox it cannot write.
      api.sectionRead({ profileId: profile.id, playbookId, anchor: section, lang }).catch(() => undefined);
    }, dwellMs);
    return () => clearTimeout(timer);
  }, [api, profile.id, playbookId, lang, section, dwellMs]);
}
