// Freshness actions (mark verified, accept a change) run one at a time, say what they did in a toast and reload the report.
import { useNotify } from '../state/ToastContext';
import { useBusyAction } from '../state/useBusyAction';

export type FreshnessAction = ReturnType<typeof useFreshnessAction>;

/** Runs one trainer action at a time, reporting success in a toast and failure in place. */
export function useFreshnessAction(onDone: () => void) {
  const notify = useNotify();
  const { busy, problem, run } = useBusyAction();
  const runAction = (action: () => Promise<string>) =>
    run(async () => {
      notify(await action());
      onDone();
    });
  return { busy, problem, run: runAction };
}
