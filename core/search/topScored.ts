// The k best of many scored slots, best first, with a bounded min-heap: a keystroke can touch tens of
// thousands of documents and sorting them all would cost more than the rest of the prefilter.

/** `scores` is indexed by slot. Equal scores rank the lower slot first, so results are deterministic. */
export function topScored(slots: readonly number[], scores: Float32Array, k: number): number[] {
  const isWorse = (a: number, b: number) => {
    const sa = scores[a] as number;
    const sb = scores[b] as number;
    return sa < sb || (sa === sb && a > b);
  };
  const heap: number[] = [];
  const at = (i: number) => heap[i] as number;
  const swap = (i: number, j: number) => {
    const t = at(i);
    heap[i] = at(j);
    heap[j] = t;
  };
  for (const slot of slots) {
    if (heap.length < k) {
      heap.push(slot);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!isWorse(at(i), at(parent))) break;
        swap(i, parent);
        i = parent;
      }
    } else if (k > 0 && isWorse(at(0), slot)) {
      heap[0] = slot;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let worst = i;
        if (left < heap.length && isWorse(at(left), at(worst))) worst = left;
        if (right < heap.length && isWorse(at(right), at(worst))) worst = right;
        if (worst === i) break;
        swap(i, worst);
        i = worst;
      }
    }
  }
  return heap.sort((a, b) => (isWorse(a, b) ? 1 : isWorse(b, a) ? -1 : 0));
}
