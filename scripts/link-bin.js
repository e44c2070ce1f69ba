// npm links a package's `bin` only for the packages that depend on it, not for the package itself.
// Link ours too, so `npx pbt …` works inside this repository as it does in a trainer's content repo.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const target = join(root, 'bin', 'pbt.js');
mkdirSync(binDir, { recursive: true });
rmSync(join(binDir, 'pbt'), { force: true });
try {
  symlinkSync(relative(binDir, target), join(binDir, 'pbt'));
  chmodSync(target, 0o755);
} catch (error) {
  // Windows without symlink rights: `node bin/pbt.js …` does the same.
  console.warn(`Could not link the pbt command (${error.code}); run it as: node bin/pbt.js`);
}
