// The candidate index: for every gram, which documents contain it in their title, tags or body.
// Compacted postings are varint gap lists addressed by sorted keys, which keeps 50,000 sections in a few
// tens of megabytes and loads from JSON without rebuilding. Documents added later go to a small pending map
// and removed ones are tombstoned, so an update touches only the changed documents; compact() folds both in.
import { decodeBase64, decodeUints, encodeBase64, encodeUints, VarintWriter } from './binaryCodec';
import type { SlotList } from './SlotList';
import { indexOfKey, mergeSorted, prefixRange } from './sortedKeys';

/** Document fields, in the order of `FieldGrams`. */
export const FIELDS = ['title', 'tags', 'body', 'situations'] as const;
export const FIELD_COUNT = FIELDS.length;

/** The distinct grams of one document, per field. */
export type FieldGrams = readonly ReadonlySet<string>[];

interface Pending {
  df: number;
  slots: number[][];
  /** The last slot added with this gram, to count each document once. */
  lastSlot: number;
}

/** A looked-up gram: its compacted key id (or -1) and its pending postings. */
export interface GramRef {
  id: number;
  pending: Pending | undefined;
}

export interface PostingIndexJSON {
  keys: string;
  df: string;
  fields: { sizes: string; data: string }[];
  slots: number;
}

const KEY_SEPARATOR = '\n';

export class PostingIndex {
  private keys: string[] = [];
  private keyDf: Uint32Array = new Uint32Array(0);
  private offsets: Uint32Array[] = FIELDS.map(() => new Uint32Array(1));
  private data: Uint8Array[] = FIELDS.map(() => new Uint8Array(0));
  /** Slots below this were compacted; pending postings only hold slots at or above it. */
  private compactedSlots = 0;
  private pending = new Map<string, Pending>();
  private pendingSorted: string[] | null = [];
  private alive = new Uint8Array(64);
  private scratch = new Int32Array(1024);
  slotCount = 0;
  liveCount = 0;

  /** Indexes a new document and returns its slot. */
  add(grams: FieldGrams): number {
    const slot = this.slotCount++;
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    this.liveCount++;
    grams.forEach((set, field) => {
      for (const gram of set) {
        const entry = this.pendingEntry(gram);
        (entry.slots[field] as number[]).push(slot);
        // Counted once per document, however many fields have the gram.
        if (entry.lastSlot !== slot) {
          entry.lastSlot = slot;
          entry.df++;
        }
      }
    });
    return slot;
  }

  /** Tombstones a document; `grams` must be what it was added with (document frequencies stay exact). */
  remove(slot: number, grams: FieldGrams): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = 0;
    this.liveCount--;
    for (const gram of distinct(grams)) {
      if (slot < this.compactedSlots) {
        const id = indexOfKey(this.keys, gram);
        if (id >= 0) this.keyDf[id] = (this.keyDf[id] as number) - 1;
      } else {
        const entry = this.pending.get(gram);
        if (entry) entry.df--;
      }
    }
  }

  lookup(gram: string): GramRef {
    return { id: indexOfKey(this.keys, gram), pending: this.pending.get(gram) };
  }

  /** Number of live documents containing the gram in any field. */
  df(ref: GramRef): number {
    return (ref.id >= 0 ? (this.keyDf[ref.id] as number) : 0) + (ref.pending ? ref.pending.df : 0);
  }

  /** The live slots whose `field` contains the gram, ascending. */
  slotsOf(ref: GramRef, field: number): number[] {
    const count = this.decode(ref, field);
    return Array.from(this.scratch.subarray(0, count));
  }

  /**
   * Adds `weight` to `scores[slot]` for every live slot whose `field` contains the gram (and, with `within`,
   * whose entry there is non-zero), and appends to `touched` the slots whose score was 0.
   * The query hot path: no callback and no allocation per posting.
   */
  addScores(
    ref: GramRef,
    field: number,
    weight: number,
    scores: Float32Array,
    touched: SlotList,
    within: Uint8Array | null = null,
  ): void {
    const count = this.decode(ref, field);
    const slots = this.scratch;
    for (let i = 0; i < count; i++) {
      const slot = slots[i] as number;
      if (within && within[slot] === 0) continue;
      if (scores[slot] === 0) touched.push(slot);
      scores[slot] = (scores[slot] as number) + weight;
    }
  }

  /** Decodes the live postings of the gram in `field` into `scratch`; returns how many there are. */
  private decode(ref: GramRef, field: number): number {
    const pendingSlots = ref.pending?.slots[field] ?? [];
    const data = this.data[field] as Uint8Array;
    const offsets = this.offsets[field] as Uint32Array;
    const start = ref.id >= 0 ? (offsets[ref.id] as number) : 0;
    const end = ref.id >= 0 ? (offsets[ref.id + 1] as number) : 0;
    // A posting takes at least one byte, so this bounds the count.
    const needed = end - start + pendingSlots.length;
    if (this.scratch.length < needed) this.scratch = new Int32Array(Math.max(needed, this.scratch.length * 2));
    const out = this.scratch;
    const alive = this.alive;
    let count = 0;
    let slot = 0;
    for (let i = start; i < end; ) {
      let byte = data[i++] as number;
      let gap = byte & 127;
      let scale = 128;
      while (byte & 128) {
        byte = data[i++] as number;
        gap += (byte & 127) * scale;
        scale *= 128;
      }
      slot += gap;
      if (alive[slot]) out[count++] = slot;
    }
    for (const pending of pendingSlots) if (alive[pending]) out[count++] = pending;
    return count;
  }

  /** Grams with live documents that start with `prefix`, in sorted order. */
  keysWithPrefix(prefix: string): string[] {
    const [start, end] = prefixRange(this.keys, prefix);
    const compacted: string[] = [];
    for (let id = start; id < end; id++) if ((this.keyDf[id] as number) > 0) compacted.push(this.keys[id] as string);
    const [pStart, pEnd] = prefixRange(this.pendingKeys(), prefix);
    const pending = this.pendingKeys()
      .slice(pStart, pEnd)
      .filter((key) => (this.pending.get(key) as Pending).df > 0);
    return pending.length ? mergeSorted(compacted, pending) : compacted;
  }

  /** Every gram that has live documents, sorted. */
  liveKeys(): string[] {
    return this.keysWithPrefix('');
  }

  /** Documents added since the last compaction. */
  get pendingDocs(): number {
    return this.slotCount - this.compactedSlots;
  }

  /** Live grams that only pending documents have (the compacted key list does not know them). */
  newKeys(): string[] {
    return this.pendingKeys().filter((key) => indexOfKey(this.keys, key) < 0 && (this.pending.get(key) as Pending).df > 0);
  }

  get hasChanges(): boolean {
    return this.pending.size > 0 || this.liveCount < this.slotCount;
  }

  /**
   * Folds pending postings in and drops dead slots, renumbering the live ones densely in order.
   * Returns the renumbering: new slot per old slot, or -1 for a dropped one.
   */
  compact(): Int32Array {
    const remap = new Int32Array(this.slotCount);
    let next = 0;
    for (let slot = 0; slot < this.slotCount; slot++) remap[slot] = this.alive[slot] ? next++ : -1;
    const keys = mergeSorted(this.keys, this.pendingKeys()).filter((key) => this.df(this.lookup(key)) > 0);
    const keyDf = new Uint32Array(keys.length);
    const writers = FIELDS.map(() => new VarintWriter());
    const offsets = FIELDS.map(() => new Uint32Array(keys.length + 1));
    keys.forEach((key, newId) => {
      const ref = this.lookup(key);
      keyDf[newId] = this.df(ref);
      writers.forEach((writer, field) => {
        let previous = 0;
        for (const slot of this.slotsOf(ref, field)) {
          const renumbered = remap[slot] as number;
          writer.push(renumbered - previous);
          previous = renumbered;
        }
        (offsets[field] as Uint32Array)[newId + 1] = writer.length;
      });
    });
    this.keys = keys;
    this.keyDf = keyDf;
    this.offsets = offsets;
    this.data = writers.map((writer) => writer.bytes());
    this.pending = new Map();
    this.pendingSorted = [];
    this.slotCount = next;
    this.liveCount = next;
    this.compactedSlots = next;
    this.alive = new Uint8Array(Math.max(64, next * 2)).fill(1, 0, next);
    return remap;
  }

  /** Serialises a compacted index (call compact() first when `hasChanges`). */
  toJSON(): PostingIndexJSON {
    if (this.hasChanges) throw new Error('PostingIndex.toJSON needs a compacted index');
    return {
      keys: this.keys.join(KEY_SEPARATOR),
      df: encodeUints(this.keyDf),
      fields: FIELDS.map((_, field) => ({
        sizes: encodeUints(sizes(this.offsets[field] as Uint32Array)),
        data: encodeBase64(this.data[field] as Uint8Array),
      })),
      slots: this.slotCount,
    };
  }

  static fromJSON(json: PostingIndexJSON): PostingIndex {
    const index = new PostingIndex();
    index.keys = json.keys ? json.keys.split(KEY_SEPARATOR) : [];
    index.keyDf = decodeUints(json.df);
    index.offsets = json.fields.map((field) => offsetsFromSizes(decodeUints(field.sizes)));
    index.data = json.fields.map((field) => decodeBase64(field.data));
    index.slotCount = json.slots;
    index.liveCount = json.slots;
    index.compactedSlots = json.slots;
    index.alive = new Uint8Array(Math.max(64, json.slots * 2)).fill(1, 0, json.slots);
    if (index.keyDf.length !== index.keys.length || index.offsets.some((o) => o.length !== index.keys.length + 1)) {
      throw new Error('search index postings are inconsistent with their keys');
    }
    return index;
  }

  private pendingEntry(gram: string): Pending {
    let entry = this.pending.get(gram);
    if (!entry) {
      entry = { df: 0, slots: FIELDS.map(() => []), lastSlot: -1 };
      this.pending.set(gram, entry);
      this.pendingSorted = null;
    }
    return entry;
  }

  private pendingKeys(): string[] {
    this.pendingSorted ??= [...this.pending.keys()].sort();
    return this.pendingSorted;
  }
}

function distinct(grams: FieldGrams): Set<string> {
  const all = new Set<string>();
  for (const set of grams) for (const gram of set) all.add(gram);
  return all;
}

function sizes(offsets: Uint32Array): Uint32Array {
  const result = new Uint32Array(offsets.length - 1);
  for (let i = 0; i < result.length; i++) result[i] = (offsets[i + 1] as number) - (offsets[i] as number);
  return result;
}

function offsetsFromSizes(list: Uint32Array): Uint32Array {
  const offsets = new Uint32Array(list.length + 1);
  for (let i = 0; i < list.length; i++) offsets[i + 1] = (offsets[i] as number) + (list[i] as number);
  return offsets;
}
