// The statement id hashes already folded, in one flat table (open addressing, linear probing): a million hashes
// take 16–32 MB here against ~50 MB as a Set of numbers, and the table is written to and read from the cache as is.

/** Hashes are 52-bit integers; 0 marks an empty slot, so the hash 0 is kept apart. */
const EMPTY = 0;

export class StatementIdSet {
  private table = new Float64Array(1 << 16);
  private count = 0;
  private hasZero = false;

  constructor(hashes: Iterable<number> = []) {
    for (const hash of hashes) this.add(hash);
  }

  get size(): number {
    return this.count;
  }

  private slot(hash: number): number {
    const mask = this.table.length - 1;
    // The low 32 bits, mixed: hashes are already uniform, this only spreads them over the table.
    let index = Math.imul((hash % 0x100000000) | 0, 0x9e3779b1) & mask;
    while (this.table[index] !== EMPTY && this.table[index] !== hash) index = (index + 1) & mask;
    return index;
  }

  has(hash: number): boolean {
    if (hash === EMPTY) return this.hasZero;
    return this.table[this.slot(hash)] === hash;
  }

  /** False when the hash was there already. */
  add(hash: number): boolean {
    if (hash === EMPTY) {
      if (this.hasZero) return false;
      this.hasZero = true;
      this.count++;
      return true;
    }
    const index = this.slot(hash);
    if (this.table[index] === hash) return false;
    this.table[index] = hash;
    this.count++;
    if (this.count * 2 > this.table.length) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    for (const hash of old) if (hash !== EMPTY) this.table[this.slot(hash)] = hash;
  }

  /** Every hash, in no particular order. */
  values(): Float64Array {
    const out = new Float64Array(this.count);
    let at = 0;
    if (this.hasZero) out[at++] = EMPTY;
    for (const hash of this.table) if (hash !== EMPTY) out[at++] = hash;
    return out;
  }
}
