// The learner can tell the source article from what this course adds to it.
import type { RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { BeyondNote } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';
import { useSectionSlots } from './useSectionSlots';

/** A quiet note that what follows goes beyond the source article: documented practice, or this course's own elaboration. */
export function BeyondNotice({ note }: { note: BeyondNote }) {
  const { t } = useI18n();
  return (
    <div className={`beyond-note beyond-${note.kind}`} role="note">
      <p className="beyond-label">{t(`beyond.${note.kind}`)}</p>
      {note.note && <p className="beyond-text">{note.note}</p>}
    </div>
  );
}

/** The notes for the whole playbook, for under its title. */
export function PlaybookBeyondNotes({ notes }: { notes: readonly BeyondNote[] }) {
  return notes.filter((note) => note.section === undefined).map((note, i) => <BeyondNotice key={i} note={note} />);
}

/** The notes for marked sections, each placed right under its section's heading in the rendered body `html`. */
export function SectionBeyondNotes({ body, html, notes }: { body: RefObject<HTMLElement | null>; html: string; notes: readonly BeyondNote[] }) {
  const marked = notes.filter((note) => note.section !== undefined);
  const slots = useSectionSlots(
    body,
    html,
    marked.map((note) => note.section!),
  );
  return [...slots].map(([anchor, slot]) =>
    createPortal(
      marked.filter((note) => note.section === anchor).map((note, i) => <BeyondNotice key={i} note={note} />),
      slot,
      `beyond-${anchor}`,
    ),
  );
}
