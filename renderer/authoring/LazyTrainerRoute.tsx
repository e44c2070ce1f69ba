import { lazy, Suspense } from 'react';
import { Loading } from '../components/StateViews';
import type { Route } from '../routing/routes';

export type TrainerRouteName = 'editor' | 'lessons' | 'capture' | 'freshness';

// The trainer tools (CodeMirror, the Markdown renderer for previews) load on first use, keeping the learner's start fast.
const TrainerRoute = lazy(() => import('./TrainerRoute').then((module) => ({ default: module.TrainerRoute })));

export function LazyTrainerRoute({ route }: { route: Extract<Route, { name: TrainerRouteName }> }) {
  return (
    <Suspense fallback={<Loading />}>
      <TrainerRoute route={route} />
    </Suspense>
  );
}
