// The trainer's routing switch: one screen per trainer route (the learner's is frame/RouteView).
import type { Route } from '../routing/routes';
import { CaptureScreen } from './CaptureScreen';
import { EditorScreen } from './EditorScreen';
import { FreshnessScreen } from './FreshnessScreen';
import type { TrainerRouteName } from './LazyTrainerRoute';
import { LessonsScreen } from './LessonsScreen';

/** The trainer tools' screens, one per route. */
export function TrainerRoute({ route }: { route: Extract<Route, { name: TrainerRouteName }> }) {
  switch (route.name) {
    case 'editor':
      return <EditorScreen route={route} />;
    case 'lessons':
      return <LessonsScreen />;
    case 'capture':
      return <CaptureScreen />;
    case 'freshness':
      return <FreshnessScreen />;
  }
}
