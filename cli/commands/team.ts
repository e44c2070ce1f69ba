// `pbt team report (--lrs URL | FILE.ndjson…) [--elite ACTOR…] [--path ID] [--lang L] [--json]`: the team view's
// figures from exported records or an LRS, without the app: readiness per rep and competency against the elite
// reps' benchmark, stalled reps, question analysis and the case decisions where reps leave the elite path.
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../../core/model';
import { TeamAggregate } from '../../core/team/TeamAggregate';
import { readTeamStatement } from '../../core/team/teamStatement';
import { computeTeamView, type TeamView } from '../../core/team/teamView';
import { UsageError, type CliIo, type ExitCode } from '../io';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { lrs: { type: 'string' }, elite: { type: 'string', multiple: true }, path: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function aggregate(files: string[], lrs: string | undefined, io: CliIo): Promise<TeamAggregate | undefined> {
  const team = TeamAggregate.empty();
  const fold = (statement: unknown, where: string) => {
    const event = readTeamStatement(statement);
    if (event && 'error' in event) io.err(`${where}: skipped: ${event.error}`);
    else if (event) team.fold(event);
  };
  if (lrs !== undefined) {
    const { lrsConfigFromEnv, lrsStatements } = await import('../../backend/team/lrsStatements');
    const config = lrsConfigFromEnv(process.env, lrs);
    if ('error' in config) {
      io.err(`pbt team report: ${config.error}`);
      return undefined;
    }
    let count = 0;
    for await (const statement of lrsStatements(config).statements(undefined)) fold(statement, `${lrs} statement ${++count}`);
    return team;
  }
  const { readStatementFile } = await import('../../backend/team/readStatementFile');
  for (const file of files) {
    for await (const entry of readStatementFile(file, { offset: 0, line: 0 })) {
      if ('message' in entry) io.err(`${entry.file}:${entry.line}: skipped: ${entry.message}`);
      else fold(entry.statement, `${file}:${entry.line}`);
    }
  }
  return team;
}

function json(view: TeamView) {
  return {
    reps: view.reps.map((rep) => ({ actor: rep.actor, name: rep.name, readiness: rep.readiness, competencies: rep.competencies })),
    questions: view.questions.map((question) => ({ id: `${question.quizId}/${question.id}`, lang: question.lang, answered: question.answered, facility: question.facility, discrimination: question.discrimination })),
  };
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
}

function text(view: TeamView): string {
  const basis =
    view.basis === 'full-marks'
      ? 'No elite reps marked (--elite): readiness is measured against full marks.'
      : `Readiness is measured against the elite reps' mean evidence (${view.basis === 'mixed' ? 'full marks where they have none' : 'every competency'}).`;
  const ids = view.competencies.map((competency) => competency.id);
  const lines = [
    `${view.reps.length} reps, ${view.statements} statements up to ${view.asOf ?? '–'}. ${basis} Target: ${percent(view.target)}.`,
    ...(view.eliteMissing.length > 0 ? [`Elite reps not in the records: ${view.eliteMissing.join(', ')}`] : []),
    '',
    ...table([
      ['rep', 'readiness', ...ids],
      ['benchmark', '', ...view.competencies.map((competency) => (competency.benchmark === undefined ? 'full' : percent(competency.benchmark)))],
      ...view.reps.map((rep) => [`${rep.elite ? '★ ' : rep.readiness < view.target ? '· ' : '  '}${rep.name}`, percent(rep.readiness), ...ids.map((id) => percent(rep.competencies[id] ?? 0))]),
    ]),
  ];
  const stalled = view.reps.filter((rep) => rep.stalled);
  lines.push('', `Stalled (no new best for 3 weeks or more): ${stalled.length}`, ...stalled.map((rep) => `  ${rep.name}: ${rep.weeksSinceGain} weeks`));
  const flagged = view.questions.filter((question) => question.flags.length > 0);
  lines.push('', `Questions to look at (upper group: ${view.upperGroup === 'elite' ? 'elite reps' : 'top 27%'}): ${flagged.length} of ${view.questions.length}`);
  for (const question of flagged) {
    const misleading = question.options.filter((option) => option.misleading).map((option) => `option ${option.key} chosen by ${percent(option.upperShare)} of the upper group, ${percent(option.lowerShare)} of the rest`);
    lines.push(`  ${question.quizId}/${question.id} (${question.lang}): facility ${percent(question.facility)}, discrimination ${question.discrimination === null ? '–' : question.discrimination.toFixed(2)}; ${question.flags.join(', ')}${misleading.length > 0 ? `; ${misleading.join('; ')}` : ''}`);
  }
  const detours = view.cases.filter((decision) => decision.offElite > 0).slice(0, 10);
  lines.push('', 'Case decisions where reps leave the elite path most:');
  for (const decision of detours) lines.push(`  ${decision.caseId} ${decision.step}: ${percent(decision.offShare)} of ${decision.attempts} replays${decision.commonDetour ? `, most often option ${decision.commonDetour.key}` : ''}`);
  return lines.join('\n');
}

export async function team(args: string[], io: CliIo): Promise<ExitCode> {
  const [sub, ...rest] = args;
  if (sub !== 'report') throw new UsageError(`team needs: report${sub ? ` (not "${sub}")` : ''}`);
  const { values, positionals } = parse(rest);
  if ((values.lrs === undefined) === (positionals.length === 0)) throw new UsageError('team report reads either --lrs URL or FILE.ndjson…, one of the two');
  const lang = (values.lang ?? 'en') as Lang;
  if (!LANGS.includes(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, not "${values.lang}"`);
  const records = await aggregate(positionals, values.lrs, io);
  if (!records) return 1;
  const { defaultContentRoots } = await import('../../backend/content/loadContent');
  const { loadCliContent } = await import('../loadCliContent');
  const { defaultCacheDir } = await import('../../backend/store/defaultDataDir');
  const content = await loadCliContent(defaultContentRoots(), defaultCacheDir(), io);
  const view = computeTeamView(records.state, { content, lang, elite: values.elite ?? [], ...(values.path ? { pathId: values.path } : {}) });
  io.out(values.json ? JSON.stringify(json(view), null, 2) : text(view));
  return 0;
}
