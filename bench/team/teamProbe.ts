// Run in a fresh process by teamBench.ts, so each figure has its own peak memory: `baseline` streams the NDJSON
// file and parses each line doing nothing else; `aggregate` folds it into a new data folder's team cache (as the
// app's first load); `refresh` folds a file of new statements into that cache (as the next load); `view` computes
// the team view with the planted elite reps marked and renders it to HTML. Prints one JSON line.
import { readStatementFile } from '../../backend/team/readStatementFile';
import { TeamRecords } from '../../backend/team/TeamRecords';

const [mode = '', file = '', dataDir = '', ...rest] = process.argv.slice(2);

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
    case 'aggregate':
    case 'refresh': {
      const records = new TeamRecords(dataDir, () => ({ playbooks: [], quizzes: [], cases: [], paths: [], lessons: [], glossaries: [], diagnostics: [] }));
      const cache = await timed(() => records.sources());
      const { result, ms, cpuMs } = await timed(() => records.loadFiles([file]));
      return { ms: ms + cache.ms, cpuMs: cpuMs + cache.cpuMs, cacheLoadMs: cache.ms, foldMs: ms, added: result.added, skipped: result.skipped, statements: result.statements, peakMB: peakMB() };
    }
    case 'view': {
      const { loadContent, defaultContentRoots } = await import('../../backend/content/loadContent');
      const content = await loadContent(defaultContentRoots());
      const records = new TeamRecords(dataDir, () => content);
      for (const actor of rest) await records.setElite(actor, true);
      await records.sources();
      const { renderTeamReport } = await import('./renderTeamReport');
      // The first view also compiles the code; the second is what a refresh of the open screen costs: report both.
      const once = async (from = new TeamRecords(dataDir, () => content)) => {
        const computed = await timed(() => from.view('zh-CN'));
        const rendered = await timed(async () => renderTeamReport(computed.result));
        return { view: computed.result, viewMs: computed.ms, renderMs: rendered.ms, cpuMs: computed.cpuMs + rendered.cpuMs, html: rendered.result };
      };
      // Each from a new TeamRecords, so the reps' evidence is measured every time (the app keeps it between views).
      const first = await once();
      const { view, viewMs, renderMs, cpuMs, html } = await once();
      // Ticking one more elite rep: the evidence the open view keeps is reused, only the benchmark is new.
      await records.view('zh-CN');
      await records.setElite(view.reps[0]!.actor, true);
      const ticked = await once(records);
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
