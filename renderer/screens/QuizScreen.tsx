// The quiz screen (route `quiz`).
import { QuizPlayer } from '../quiz/QuizPlayer';
import { useSession } from '../state/SessionContext';

export function QuizScreen({ id }: { id: string }) {
  const { profile, lang } = useSession();
  return (
    <div className="page page-narrow">
      <QuizPlayer quizId={id} profileId={profile.id} lang={lang} />
    </div>
  );
}
