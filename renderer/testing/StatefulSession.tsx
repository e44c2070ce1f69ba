// The test session with a working "active prep sheet", for screens that pin or tick into it.
import { useMemo, useState, type ReactNode } from 'react';
import { SessionContext } from '../state/SessionContext';
import { testSession } from './renderWithApi';

export function StatefulSession({ children, initialSheetId }: { children: ReactNode; initialSheetId?: string }) {
  const [activeSheetId, setActiveSheetId] = useState(initialSheetId);
  const session = useMemo(() => ({ ...testSession, activeSheetId, setActiveSheetId }), [activeSheetId]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
