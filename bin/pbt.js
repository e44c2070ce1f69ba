#!/usr/bin/env node
// The `pbt` command: loads the TypeScript CLI through tsx, so it runs from a plain checkout without a build.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
