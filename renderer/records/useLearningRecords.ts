// State of the learning-records settings: the status from the back end, and the actions that change it.
import { useState } from 'react';
import type { ApiArgs } from '../../core/api/contract';
import type { ConnectionTest, RecordsStatus } from '../../core/records/recordsStatus';
import type { XapiStatement } from '../../core/records/xapiStatement';
import { useApi } from '../state/ApiContext';
import { useApiQuery, type QueryState } from '../state/useApiQuery';

export interface LearningRecordsState {
  status: QueryState<RecordsStatus>;
  busy: boolean;
  test: ConnectionTest | null;
  queued: { statements: XapiStatement[]; total: number } | null;
  error: string | null;
  save: (changes: ApiArgs<'saveRecordsSettings'>) => Promise<boolean>;
  testConnection: () => Promise<void>;
  sendNow: () => Promise<void>;
  showQueued: () => Promise<void>;
  refresh: () => void;
}

export function useLearningRecords(): LearningRecordsState {
  const api = useApi();
  const query = useApiQuery(() => api.recordsStatus({}), []);
  const [busy, setBusy] = useState(false);
  const [test, setTest] = useState<ConnectionTest | null>(null);
  const [queued, setQueued] = useState<LearningRecordsState['queued']>(null);
  const [error, setError] = useState<string | null>(null);

  /** One action at a time; a failure is shown beside the buttons. */
  const run = async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    status: query.state,
    busy,
    test,
    queued,
    error,
    save: (changes) => run(async () => query.set(await api.saveRecordsSettings(changes))),
    testConnection: async () => void (await run(async () => setTest(await api.testLrsConnection({})))),
    sendNow: async () => void (await run(async () => query.set(await api.sendRecordsNow({})))),
    showQueued: async () => void (await run(async () => setQueued(await api.queuedStatements({ limit: 1000 })))),
    refresh: query.reload,
  };
}
