/**
 * A cache holding at most `max` entries, the oldest evicted first. Responses here are pure
 * functions of the data release and a canonical request, so any instance may keep the recent few;
 * the bound means hostile variety in requests cannot grow memory.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): V {
    if (!this.entries.has(key) && this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
