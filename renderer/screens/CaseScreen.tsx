// The case replay screen (route `case`).
import { CaseReplayPlayer } from '../replay/CaseReplayPlayer';
import { useSession } from '../state/SessionContext';

export function CaseScreen({ id }: { id: string }) {
  const { profile, lang } = useSession();
  return (
    <div className="page page-narrow">
      <CaseReplayPlayer caseId={id} profileId={profile.id} lang={lang} />
    </div>
  );
}
