// A small team on the sample content (core/progress/sampleContent.fixture): reps, statements and folding, for tests.
import { content, path } from '../progress/sampleContent.fixture';
import { answered, caseCompleted, quizFinished, rated, type StatementRep } from '../../test/team/teamStatements';
import { TeamAggregate } from './TeamAggregate';
import { readTeamStatement } from './teamStatement';

export const teamContent = { ...content, paths: [path] };
export const DAY = 86_400_000;
export const START = Date.UTC(2026, 0, 5, 9);

let counter = 0;
export const common = (rep: StatementRep, at: number, lang: 'en' | 'zh-CN' = 'en') => ({ id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`, rep, at, lang });

export function foldAll(statements: unknown[], aggregate = TeamAggregate.empty()): TeamAggregate {
  for (const statement of statements) {
    const event = readTeamStatement(statement);
    if (event && !('error' in event)) aggregate.fold(event);
  }
  return aggregate;
}

export { answered, caseCompleted, quizFinished, rated };
