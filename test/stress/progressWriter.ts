// A learner's app writing progress as fast as it can, to be killed mid-write by the crash test: it takes the data
// folder, then marks playbooks `read-<n>` read one after another from the given n, printing n once the write is
// acknowledged (the store's promise resolved).
import { DataFolderLock } from '../../backend/store/DataFolderLock';
import { ProgressStore } from '../../backend/store/ProgressStore';

const [dataDir, first] = process.argv.slice(2);
await DataFolderLock.acquire(dataDir!);
const store = await ProgressStore.open(dataDir!);
if (store.notice) process.stdout.write(`notice ${store.notice}\n`);
const profileId = store.listProfiles().profiles[0]?.id ?? (await store.createProfile({ name: 'Crash test', role: 'sales-rep', uiLang: 'en' })).id;
process.stdout.write('ready\n');
for (let n = Number(first); ; n++) {
  await store.setRead(profileId, `read-${n}`, 'en', true);
  process.stdout.write(`${n}\n`);
}
