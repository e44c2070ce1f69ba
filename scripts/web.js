#!/usr/bin/env node
// `npm run web -- [--data DIR] [--port N] [--content DIR]...`: the app in a browser, served from 127.0.0.1.
import { ensureRendererBuilt } from './buildSteps.js';
import { startWebHostProcess } from './webHostProcess.js';

await ensureRendererBuilt();
await startWebHostProcess(process.argv.slice(2));
