#!/usr/bin/env node
// `npm run build:electron`: bundles electron/main.ts and electron/preload.ts to dist/electron/*.cjs.
import { buildElectron } from './buildSteps.js';

await buildElectron();
