/**
 * Names made unique within one document (heading anchors, question ids): a repeat of `base` becomes `base-2`,
 * `base-3`, … A counter per base name keeps this linear: a number once found taken is never tried again, because
 * names are only ever added.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();
  private readonly nextNumber = new Map<string, number>();

  take(base: string): string {
    let name = base;
    if (this.taken.has(name)) {
      let n = this.nextNumber.get(base) ?? 2;
      while (this.taken.has(`${base}-${n}`)) n++;
      name = `${base}-${n}`;
      this.nextNumber.set(base, n + 1);
    }
    this.taken.add(name);
    return name;
  }
}
