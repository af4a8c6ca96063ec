import { describe, expect, it } from "vitest";
import { BoundedCache } from "@/lib/bounded-cache";

describe("BoundedCache", () => {
  it("keeps at most its bound, evicting the oldest entry first", () => {
    const cache = new BoundedCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBeUndefined();
    expect([cache.get("b"), cache.get("c")]).toEqual([2, 3]);
  });

  it("replacing a key does not evict another", () => {
    const cache = new BoundedCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.set("a", 10)).toBe(10);
    expect([cache.get("a"), cache.get("b"), cache.size]).toEqual([10, 2, 2]);
  });
});
