import type { BeyondNote } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';

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
