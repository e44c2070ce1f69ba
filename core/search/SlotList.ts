// A reusable list of document slots backed by a typed array: the prefilter collects tens of thousands of slots
// per keystroke, and growing plain arrays that often costs more in garbage collection than the scoring itself.
export class SlotList {
  length = 0;
  private items: Int32Array;

  constructor(capacity = 1024) {
    this.items = new Int32Array(capacity);
  }

  push(slot: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = slot;
  }

  at(i: number): number {
    return this.items[i] as number;
  }

  clear(): void {
    this.length = 0;
  }
}
