// `pbt records export`: a data folder's learning records as NDJSON (one xAPI statement a line), oldest first,
// sent or not: for companies without an LRS (the team report reads these files) or to load into one later.
import path from 'node:path';
import { writeFileAtomically } from '../../backend/files/writeFileAtomically';
import { Outbox } from '../../backend/records/Outbox';
import { defaultDataDir } from '../../backend/store/defaultDataDir';
import { displayPath, type CliIo, type ExitCode } from '../io';

export async function exportRecords(options: { dataDir: string | undefined; out: string | undefined }, io: CliIo): Promise<ExitCode> {
  const dataDir = options.dataDir ? path.resolve(io.cwd, options.dataDir) : defaultDataDir();
  // Read-only: the app may be running on the same folder and appending as we read.
  const statements = (await Outbox.open(dataDir, { readOnly: true })).all();
  if (statements.length === 0) {
    io.err(`pbt: no learning records in ${displayPath(dataDir, io.cwd)}`);
    return 1;
  }
  const text = statements.map((statement) => `${JSON.stringify(statement)}\n`).join('');
  if (!options.out) {
    if (text) io.out(text.trimEnd());
    return 0;
  }
  const file = path.resolve(io.cwd, options.out);
  await writeFileAtomically(file, text);
  io.err(`${statements.length} statement${statements.length === 1 ? '' : 's'} written to ${displayPath(file, io.cwd)}`);
  return 0;
}
