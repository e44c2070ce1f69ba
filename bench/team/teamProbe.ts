// Run in a fresh process by teamBench.ts, so each figure has its own peak memory: `baseline` streams the NDJSON
// file and parses each line doing nothing else; `aggregate` folds it into a new data folder's team cache (as the
// app's first load, until the cache is written); `refresh` is a click on "refresh" in the running app, from the
// click to the new figures (the aggregate in memory, the view open); `view` computes the team view with the
// planted elite reps marked and renders it to HTML. Prints one JSON line.
import { readStatementFile } from '../../backend/team/readStatementFile';
import { TeamRecords } from '../../backend/team/TeamRecords';

const [mode = '', file = '', dataDir = '', ...rest] = process.argv.slice(2);

const emptyContent = () => ({ playbooks: [], quizzes: [], cases: [], paths: [], lessons: [], glossaries: [], diagnostics: [] });

const peakMB = () => process.resourceUsage().maxRSS / 1024;

/** Wall time, and CPU time: on a shared machine wall time also counts waiting for a core. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

async function main(): Promise<object> {
  switch (mode) {
    case 'baseline': {
      const read = await timed(async () => {
        let lines = 0;
        for await (const entry of readStatementFile(file, { offset: 0, line: 0 })) if (!('message' in entry)) lines++;
        return lines;
      });
      const { result, ms } = read;
      return { ms, cpuMs: read.cpuMs, lines: result, peakMB: peakMB() };
    }
    case 'aggregate': {
      const records = new TeamRecords(dataDir, emptyContent);
      // Until the cache is on disk: the first aggregation's cost includes writing it.
      const { result, ms, cpuMs } = await timed(async () => {
        const report = await records.loadFiles([file]);
        await records.saved();
        return report;
      });
      return { ms, cpuMs, added: result.added, skipped: result.skipped, statements: result.statements, peakMB: peakMB() };
    }
    case 'refresh': {
      // As the running app: the aggregate loaded at start and the view open; the click on "refresh" then folds the
      // new statements and shows the new figures. The cache is written after, off that path (timed apart).
      const { loadContent, defaultContentRoots } = await import('../../backend/content/loadContent');
      const content = await loadContent(defaultContentRoots());
      const records = new TeamRecords(dataDir, () => content);
      const start = await timed(() => records.sources());
      await records.view('zh-CN');
      const { result, ms, cpuMs } = await timed(async () => {
        const report = await records.loadFiles([file]);
        const view = await records.view('zh-CN');
        return { report, view };
      });
      const save = await timed(() => records.saved());
      return {
        ms,
        cpuMs,
        startLoadMs: start.ms,
        saveMs: save.ms,
        added: result.report.added,
        skipped: result.report.skipped,
        statements: result.view.statements,
        peakMB: peakMB(),
      };
    }
    case 'view': {
      const { loadContent, defaultContentRoots } = await import('../../backend/content/loadContent');
      const content = await loadContent(defaultContentRoots());
      const records = new TeamRecords(dataDir, () => content);
      for (const actor of rest) await records.setElite(actor, true);
      await records.sources();
      const { renderTeamReport } = await import('./renderTeamReport');
      // The first view after the app starts measures every rep (and compiles the code); the next ones keep each
      // rep's evidence and re-measure only reps with new records: report both, and a view after ticking one more elite rep.
      const once = async () => {
        const computed = await timed(() => records.view('zh-CN'));
        const rendered = await timed(async () => renderTeamReport(computed.result));
        return { view: computed.result, viewMs: computed.ms, renderMs: rendered.ms, cpuMs: computed.cpuMs + rendered.cpuMs, html: rendered.result };
      };
      const first = await once();
      const { view, viewMs, renderMs, cpuMs, html } = await once();
      await records.setElite(view.reps[0]!.actor, true);
      const ticked = await once();
      return {
        firstMs: first.viewMs + first.renderMs,
        afterTickMs: ticked.viewMs + ticked.renderMs,
        ms: viewMs + renderMs,
        cpuMs,
        viewMs,
        renderMs,
        htmlKB: html.length / 1024,
        reps: view.reps.length,
        basis: view.basis,
        benchmark: Object.fromEntries(view.competencies.map((competency) => [competency.id, competency.benchmark ?? null])),
        flagged: view.questions.filter((question) => question.flags.length > 0).map((question) => ({
          id: `${question.quizId}/${question.id}`,
          lang: question.lang,
          flags: question.flags,
          discrimination: question.discrimination,
          misleading: question.options.filter((option) => option.misleading).map((option) => option.key),
        })),
        stalled: view.reps.filter((rep) => rep.stalled).map((rep) => rep.actor),
        eliteReadiness: view.reps.filter((rep) => rep.elite).map((rep) => rep.readiness),
        otherReadiness: view.reps.filter((rep) => !rep.elite).map((rep) => rep.readiness),
        peakMB: peakMB(),
      };
    }
    default:
      throw new Error(`unknown probe mode "${mode}"`);
  }
}

console.log(JSON.stringify(await main()));
