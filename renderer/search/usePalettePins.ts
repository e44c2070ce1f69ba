// Pinning from the modal palette, which hides the app's toasts: each outcome is kept so the palette can say it itself.
import { useState } from 'react';
import { usePin, type PinOutcome } from '../prep/usePin';
import { hitPinItem, type OpenableHit } from './hitLinks';

export const hitKey = (hit: OpenableHit) => `${hit.type}:${hit.id}:${hit.section ?? ''}`;

/** The hits pinned while the palette is open (by `hitKey`), the last pin's outcome, and `pinHit`. */
export function usePalettePins() {
  const pin = usePin({ toast: false });
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<PinOutcome | null>(null);
  const pinHit = async (hit: OpenableHit) => {
    const item = hitPinItem(hit);
    if (!item) return;
    const outcome = await pin(item);
    if (outcome.ok) setPinned((keys) => new Set(keys).add(hitKey(hit)));
    setStatus(outcome);
  };
  return { pinned, status, pinHit };
}
