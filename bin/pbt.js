#!/usr/bin/env node
// The `pbt` command: runs the CLI's JavaScript bundle, built from the TypeScript sources on first use and again
// whenever a source changes, so a plain checkout works without a build step and a start compiles nothing.
import { nodeHostBundle } from '../scripts/buildSteps.js';

await import(await nodeHostBundle('pbt'));
