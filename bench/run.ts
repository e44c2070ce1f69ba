// `npm run bench`: search at 1,000 / 10,000 / 50,000 sections against plain fuse.js and a String.includes scan,
// then start-up, rendering and back-end memory. Prints tables and writes bench/results/<date>.json and latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { generateCorpus } from './corpus/generateCorpus';
import { buildQuerySet } from './queries/buildQuerySet';
import { formatSizeReport, formatStartup, markdownTable } from './report';
import type { SizeReport } from './searchBench';
import { runSearchBench } from './searchBench';
import { runBackendMemoryBench, runRenderBench, runStartupBench } from './startupBench';

/** `npm run bench -- --sizes=1000,10000` runs fewer sizes (while developing). */
const SIZES = (process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length).split(',').map(Number) ?? [
  1_000, 10_000, 50_000,
]).filter((n) => n > 0);

const STARTUP_PLAYBOOKS = [100, 1_000];
const RENDER_KB = 200;

function main(): void {
  const started = performance.now();
  const queries = buildQuerySet(generateCorpus(SIZES[0] as number).sections);
  console.log(`${queries.length} labelled queries; machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
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
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: totalmem() / 2 ** 30, node: process.version, platform: process.platform },
    queries: queries.length,
    sizes,
    startup,
    render,
    backendMemory,
  };
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(new URL(`${results.date.slice(0, 10)}.json`, dir), json);
  writeFileSync(new URL('latest.json', dir), json);
  console.log(`\n${markdownTable(sizes)}`);
  console.log(`\nwrote bench/results/${results.date.slice(0, 10)}.json and latest.json in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main();
