// Binary search over a sorted array of strings (code-unit order, as Array.prototype.sort leaves it).

/** The first index whose key is >= `key`. */
export function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of `key`, or -1. */
export function indexOfKey(keys: readonly string[], key: string): number {
  const i = lowerBound(keys, key);
  return keys[i] === key ? i : -1;
}

/** The half-open index range of keys that start with `prefix`. */
export function prefixRange(keys: readonly string[], prefix: string): [number, number] {
  return [lowerBound(keys, prefix), lowerBound(keys, prefix + '\uffff')];
}

/** Merges two sorted arrays into one sorted array without duplicates. */
export function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      merged.push(x as string);
      i++;
    } else if (x === undefined || y < x) {
      merged.push(y);
      j++;
    } else {
      merged.push(x);
      i++;
      j++;
    }
  }
  return merged;
}
