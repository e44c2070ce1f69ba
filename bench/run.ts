// `npm run bench`: search at 1,000 / 10,000 / 50,000 sections against plain fuse.js and a String.includes scan,
// then start-up, rendering and back-end memory, and the start-up of the programs themselves (pbt, the web host)
// against `node -e ''`. Prints tables, writes bench/results/<date>.json and latest.json, and puts the latest
// results into bench/README.md. `--only=commands` runs the program start-up part alone.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { generateCorpus } from './corpus/generateCorpus';
import { formatCommandStart, runCommandStartBench } from './commandStartBench';
import { buildQuerySet } from './queries/buildQuerySet';
import type { IntentReport } from './intentBench';
import { formatIntentMisses, formatIntentReport, runIntentBench } from './intentBench';
import { formatSizeReport, formatStartup, markdownTable, readmeResults } from './report';
import type { SizeReport } from './searchBench';
import { runSearchBench } from './searchBench';
import { runBackendMemoryBench, runRenderBench, runStartupBench } from './startupBench';
import { formatTeamBench, runTeamBench } from './team/teamBench';

const DEFAULT_SIZES = [1_000, 10_000, 50_000];
/** `npm run bench -- --sizes=1000,10000` runs fewer sizes (while developing). */
const SIZES = (process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length).split(',').map(Number) ?? DEFAULT_SIZES).filter(
  (n) => n > 0,
);

/** `npm run bench -- --only=intent` runs only the search-by-intent part (seconds instead of minutes). */
const INTENT_ONLY = process.argv.includes('--only=intent');

const STARTUP_PLAYBOOKS = [100, 1_000];
/** bench/README.md shows the latest results between these markers. */
const RESULTS_START = '<!-- results:start -->';
const RESULTS_END = '<!-- results:end -->';
const RENDER_KB = 200;

async function main(): Promise<void> {
  if (process.argv.includes('--only=team')) {
    const team = await runTeamBench(teamSize());
    console.log(formatTeamBench(team));
    writePartResults('team-latest.json', team);
    return;
  }
  if (process.argv.includes('--only=commands')) {
    console.log(formatCommandStart(await runCommandStartBench()));
    return;
  }
  const started = performance.now();
  const intent = await runIntentBench();
  console.log(`${formatIntentReport(intent)}\n\n${formatIntentMisses(intent)}\n`);
  if (INTENT_ONLY) {
    writeIntentResults(intent);
    return;
  }
  const queries = buildQuerySet(generateCorpus(SIZES[0] as number).sections);
  const loadBefore = loadavg()[0] as number;
  console.log(
    `${queries.length} labelled queries; machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, ` +
      `load average ${loadBefore.toFixed(1)} (timings stretch when other work shares the cores)`,
  );
  const sizes: SizeReport[] = [];
  for (const size of SIZES) {
    const corpus = generateCorpus(size);
    const report = runSearchBench(corpus.content, size, queries);
    sizes.push(report);
    console.log(`\n${formatSizeReport(report)}`);
  }
  const startup = STARTUP_PLAYBOOKS.map(runStartupBench);
  const render = runRenderBench(RENDER_KB);
  const backendMemory = runBackendMemoryBench(SIZES[SIZES.length - 1] as number);
  console.log(`\n${formatStartup(startup, render, backendMemory)}`);
  const commandStart = await runCommandStartBench();
  console.log(`\n${formatCommandStart(commandStart)}`);
  const team = await runTeamBench(teamSize());
  console.log(`\n${formatTeamBench(team)}`);
  writePartResults('team-latest.json', team);
  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: totalmem() / 2 ** 30, node: process.version, platform: process.platform },
    loadAverage: { before: loadBefore, after: loadavg()[0] },
    queries: queries.length,
    intent,
    sizes,
    startup,
    render,
    backendMemory,
    commandStart,
  };
  writeResults(results);
  console.log(`\n${markdownTable(sizes)}`);
  console.log(
    `\nwrote bench/results/${results.date.slice(0, 10)}.json and latest.json in ${((performance.now() - started) / 1000).toFixed(0)} s; ` +
      `load average ${results.loadAverage.after?.toFixed(1)} at the end`,
  );
}

type Results = Parameters<typeof readmeResults>[0];

/** `--team-statements=N` runs the team part on fewer statements (while developing); 1,000,000 by default. */
function teamSize(): { statements?: number } {
  const value = Number(process.argv.find((a) => a.startsWith('--team-statements='))?.slice('--team-statements='.length));
  return value > 0 ? { statements: value } : {};
}

function writePartResults(name: string, part: object): void {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(name, dir), `${JSON.stringify({ date: new Date().toISOString(), ...part }, null, 2)}\n`);
}

function writeIntentResults(intent: IntentReport): void {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('intent-latest.json', dir), `${JSON.stringify({ date: new Date().toISOString(), ...intent }, null, 2)}\n`);
}

/** JSON for the day and as latest.json; the README only from a run of every size. */
function writeResults(results: Results): void {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(new URL(`${results.date.slice(0, 10)}.json`, dir), json);
  writeFileSync(new URL('latest.json', dir), json);
  if (results.sizes.length !== DEFAULT_SIZES.length) return;
  const readme = new URL('./README.md', import.meta.url);
  const [before, rest] = readFileSync(readme, 'utf8').split(RESULTS_START);
  const after = rest?.split(RESULTS_END)[1];
  if (before === undefined || after === undefined) throw new Error(`bench/README.md lacks the ${RESULTS_START} … ${RESULTS_END} block`);
  writeFileSync(readme, `${before}${RESULTS_START}\n${readmeResults(results)}\n${RESULTS_END}${after}`);
}

await main();
