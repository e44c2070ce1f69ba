// Most actions on a screen follow one sequence: mark busy, call the back end, show a failure, unmark busy. It lives here once.
import { useCallback, useState } from 'react';
import { messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useNotify } from './ToastContext';

export interface BusyAction {
  /** An action is running: its controls are disabled. */
  busy: boolean;
  /** The last failure's message, when failures are shown in place (null when there is none). */
  problem: string | null;
  setProblem: (message: string | null) => void;
  /**
   * Runs `work`, resolving true when it succeeded. `holdBusy` keeps the busy flag after a success, for an action
   * that leaves the screen (navigates, signs in): its controls stay disabled until it is gone.
   */
  run: (work: () => Promise<unknown>, options?: { holdBusy?: boolean }) => Promise<boolean>;
}

/** One action at a time; a failure is shown `inline` (render `problem`) or as an error toast. */
export function useBusyAction(failures: 'inline' | 'toast' = 'inline'): BusyAction {
  const { t } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<unknown>, options: { holdBusy?: boolean } = {}) => {
      setBusy(true);
      setProblem(null);
      try {
        await work();
        if (!options.holdBusy) setBusy(false);
        return true;
      } catch (error) {
        const message = messageOf(error, t('state.errorUnknown'));
        if (failures === 'toast') notify(message, { tone: 'error' });
        else setProblem(message);
        setBusy(false);
        return false;
      }
    },
    [failures, notify, t],
  );
  return { busy, problem, setProblem, run };
}
