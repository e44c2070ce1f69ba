// Keeps the trainer tools out of the learner's start-up bundle, so the learner's start stays fast.
import { lazy, Suspense } from 'react';
import { Loading } from '../components/StateViews';
import type { Route } from '../routing/routes';

export type TrainerRouteName = 'editor' | 'lessons' | 'capture' | 'freshness';

// The trainer tools (CodeMirror, the Markdown renderer for previews) are a separate chunk loaded on first use.
const TrainerRoute = lazy(() => import('./TrainerRoute').then((module) => ({ default: module.TrainerRoute })));

export function LazyTrainerRoute({ route }: { route: Extract<Route, { name: TrainerRouteName }> }) {
  return (
    <Suspense fallback={<Loading />}>
      <TrainerRoute route={route} />
    </Suspense>
  );
}
