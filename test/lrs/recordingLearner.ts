// A learner's app recording events as fast as it can while it sends them, to be killed (SIGKILL) by the fault
// test: it prints each statement id once `record` has resolved (the statement is durably in the outbox).
import { environmentCredentials } from '../../backend/records/lrsCredentials';
import { LearningRecords } from '../../backend/records/LearningRecords';

const [dataDir, first] = process.argv.slice(2);
const records = await LearningRecords.open({ dataDir: dataDir!, credentials: environmentCredentials(), sender: { batchSize: 5, initialBackoffMs: 50, maxBackoffMs: 200 } });
process.stdout.write('ready\n');
for (let n = Number(first); ; n++) {
  const statement = await records.record(
    { id: 'crash-test', name: 'Crash test' },
    { type: 'playbook-read', at: new Date().toISOString(), lang: 'en', competencies: [], playbookId: `playbook-${n}`, title: `Playbook ${n}` },
  );
  if (statement) process.stdout.write(`${statement.id}\n`);
  // Leaves the sender room to work between events, as a learner's pace would.
  await new Promise((resolve) => setTimeout(resolve, 2));
}
