// The team page's loader (route `team`): the team view's code stays out of the start-up bundle.
import { lazy, Suspense } from 'react';
import { Loading } from '../components/StateViews';

// The team view loads on first use: most profiles never open it.
const TeamScreen = lazy(() => import('./TeamScreen').then((module) => ({ default: module.TeamScreen })));

export function LazyTeamScreen() {
  return (
    <Suspense fallback={<Loading />}>
      <TeamScreen />
    </Suspense>
  );
}
