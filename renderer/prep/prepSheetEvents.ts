// Prep sheets change from more places than the prep page: the palette and the reader pin, the reader ticks.
// Whoever changes a sheet through the API announces the result here, and whatever shows a sheet listens,
// so an open prep page (or reader) shows the change at once.
import { useEffect, useRef } from 'react';
import type { PrepSheetView } from '../../core/api/contract';

type SheetListener = (sheet: PrepSheetView) => void;

const listeners = new Set<SheetListener>();

/** Tells every listener that `sheet` is now as given (as the API returned it). */
export function announceSheetChange(sheet: PrepSheetView): void {
  for (const listener of [...listeners]) listener(sheet);
}

/** Calls `onChange` with each sheet changed elsewhere while the component is mounted; the latest callback is used. */
export function useSheetChanges(onChange: SheetListener): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const listener: SheetListener = (sheet) => latest.current(sheet);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
