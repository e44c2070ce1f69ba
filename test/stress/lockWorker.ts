// A separate process that takes a data folder when told, for the lock race test: one JSON command per stdin line,
// one JSON answer per stdout line. `acquire` waits until the given instant, so two workers try at the same moment.
import { createInterface } from 'node:readline';
import { DataFolderLock, DataFolderLockedError } from '../../backend/store/DataFolderLock';

type Command = { cmd: 'acquire'; dir: string; at: number } | { cmd: 'release' };

let held: DataFolderLock | undefined;
const answer = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as Command;
  if (command.cmd === 'acquire') {
    while (Date.now() < command.at) {
      // Spinning, not sleeping: a timer would wake the two workers milliseconds apart.
    }
    try {
      held = await DataFolderLock.acquire(command.dir);
      answer({ result: 'owner' });
    } catch (error) {
      answer(error instanceof DataFolderLockedError ? { result: 'locked' } : { result: 'error', message: String(error) });
    }
  } else {
    await held?.release();
    held = undefined;
    answer({ result: 'released' });
  }
}
