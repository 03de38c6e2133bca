package dev.winnow.learn;

import java.util.Arrays;

/**
 * Bounded document counts for 64-bit keys: a fixed-size open-addressing table in the manner of
 * lossy counting. A key enters the table the second time it is seen (the first sighting is kept in
 * a {@link SeenFilter}), with a count of 2; from then on it is counted exactly. When the table is
 * full, the half with the lowest counts is dropped and the table's floor rises to the highest count
 * dropped: a key that enters later may have lost up to that many counts, so it enters with {@code
 * count = floor + 2} and {@code error = floor}. {@link #lower} (count minus error) never exceeds the
 * true count, except by the filter's false positives (at most one per key); {@link #count} never
 * falls below it. Memory is fixed at construction: it does not grow with the stream.
 */
final class CountTable {
  private static final double LOAD = 0.7;

  private final long[] keys;
  private final int[] counts;
  private final int[] errors;
  private final int mask;
  private final int maxEntries;
  private final SeenFilter seen;
  private int size;
  private int floor;
  private int prunes;

  /**
   * @param slots  table slots (rounded down to a power of two, at least 1024)
   * @param filter bytes for the filter of first sightings
   */
  CountTable(int slots, long filter) {
    int cap = Integer.highestOneBit(Math.max(1024, slots));
    keys = new long[cap];
    counts = new int[cap];
    errors = new int[cap];
    mask = cap - 1;
    maxEntries = (int) (cap * LOAD);
    seen = new SeenFilter(filter);
  }

  /** Counts one more document for the key (never {@link LineKey#NONE}); returns its new count. */
  int add(long key) {
    int i = slot(key);
    if (keys[i] == key) {
      return ++counts[i];
    }
    if (!seen.testAndAdd(key)) {
      return 1;
    }
    if (size >= maxEntries) {
      prune();
      i = slot(key);
    }
    keys[i] = key;
    counts[i] = floor + 2;
    errors[i] = floor;
    size++;
    return counts[i];
  }

  /** The upper bound of the key's count: 0 when it is not in the table. */
  int count(long key) {
    int i = slot(key);
    return keys[i] == key ? counts[i] : 0;
  }

  /** The lower bound of the key's count: 0 when it is not in the table. */
  int lower(long key) {
    int i = slot(key);
    return keys[i] == key ? counts[i] - errors[i] : 0;
  }

  /** Keys in the table. */
  int size() {
    return size;
  }

  /** Most keys the table holds before it prunes. */
  int capacity() {
    return maxEntries;
  }

  /** Highest count dropped by a prune so far (0 when nothing was dropped). */
  int floor() {
    return floor;
  }

  /** How many times the table was pruned. */
  int prunes() {
    return prunes;
  }

  /** Estimated false-positive rate of the first-sighting filter. */
  double filterFalsePositiveRate() {
    return seen.falsePositiveRate();
  }

  /** Bytes held by the table and its filter. */
  long bytes() {
    return keys.length * 16L + seen.bytes();
  }

  private int slot(long key) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /**
   * Drops the entries whose count is at most the median count (so at least half of them) and
   * raises the floor to that median.
   */
  private void prune() {
    prunes++;
    int[] live = new int[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        live[n++] = counts[i];
      }
    }
    Arrays.sort(live, 0, n);
    int level = live[Math.max(0, n / 2 - 1)];
    long[] oldKeys = Arrays.copyOf(keys, keys.length);
    int[] oldCounts = Arrays.copyOf(counts, counts.length);
    int[] oldErrors = Arrays.copyOf(errors, errors.length);
    Arrays.fill(keys, 0L);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0 && oldCounts[i] > level) {
        int j = slot(oldKeys[i]);
        keys[j] = oldKeys[i];
        counts[j] = oldCounts[i];
        errors[j] = oldErrors[i];
        size++;
      }
    }
    floor = Math.max(floor, level);
  }
}
