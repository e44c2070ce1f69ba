// The team view's figures rendered to HTML as the screen shows them (first page of reps).
import { renderToString } from 'react-dom/server';
import type { TeamView } from '../../core/team/teamView';
import { I18nProvider } from '../../renderer/i18n/I18nContext';
import { TeamReport } from '../../renderer/team/TeamReport';

export function renderTeamReport(view: TeamView): string {
  return renderToString(
    <I18nProvider lang="zh-CN">
      <TeamReport view={view} />
    </I18nProvider>,
  );
}
