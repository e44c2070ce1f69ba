// The learner's routing switch: one screen per route, trainer routes handed to the lazy trainer bundle.
import { LazyTrainerRoute } from '../authoring/LazyTrainerRoute';
import type { Route } from '../routing/routes';
import { CaseScreen } from '../screens/CaseScreen';
import { CasesScreen } from '../screens/CasesScreen';
import { DiagnosticsScreen } from '../screens/DiagnosticsScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { LibraryScreen } from '../screens/LibraryScreen';
import { PathScreen } from '../screens/PathScreen';
import { PrepScreen } from '../screens/PrepScreen';
import { ProgressScreen } from '../screens/ProgressScreen';
import { QuizScreen } from '../screens/QuizScreen';
import { ReaderScreen } from '../screens/ReaderScreen';
import { ReviewScreen } from '../screens/ReviewScreen';
import { SearchScreen } from '../screens/SearchScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { LazyTeamScreen } from '../team/LazyTeamScreen';

/** One screen per route; keys reset a screen's state when its subject changes. */
export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'library':
      return <LibraryScreen />;
    case 'playbook':
      return <ReaderScreen key={`${route.id}:${route.lang ?? ''}`} id={route.id} anchor={route.anchor} lang={route.lang} />;
    case 'search':
      return <SearchScreen key={route.query} initialQuery={route.query} />;
    case 'quiz':
      return <QuizScreen key={route.id} id={route.id} />;
    case 'review':
      return <ReviewScreen />;
    case 'cases':
      return <CasesScreen />;
    case 'case':
      return <CaseScreen key={route.id} id={route.id} />;
    case 'path':
      return <PathScreen />;
    case 'progress':
      return <ProgressScreen />;
    case 'prep':
      return <PrepScreen key={route.sheetId ?? ''} sheetId={route.sheetId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'diagnostics':
      return <DiagnosticsScreen />;
    case 'editor':
    case 'lessons':
    case 'capture':
    case 'freshness':
      return <LazyTrainerRoute route={route} />;
    case 'team':
      return <LazyTeamScreen />;
  }
}
