package dev.winnow.learn;

/**
 * A blocked Bloom filter of 64-bit keys: remembers, in a fixed number of bits, which keys have been
 * seen once. Each key sets {@link #BITS_PER_KEY} bits inside one 512-bit block, so a test costs one
 * cache miss. Its memory never grows; as it fills, its false-positive rate ({@link
 * #falsePositiveRate}) rises, which lets a line that occurred once count as seen twice.
 */
final class SeenFilter {
  static final int BITS_PER_KEY = 6;
  private static final int BLOCK_WORDS = 8; // 512 bits

  private final long[] words;
  private final int blockMask;
  private long added;

  /** A filter of about {@code bytes} bytes (rounded down to a power of two, at least 64). */
  SeenFilter(long bytes) {
    long blocks = Long.highestOneBit(Math.max(1, bytes / (BLOCK_WORDS * 8)));
    blocks = Math.min(blocks, 1L << 24); // 1 GiB of words at most
    this.words = new long[(int) blocks * BLOCK_WORDS];
    this.blockMask = (int) blocks - 1;
  }

  /** Adds the key; returns true when it was (probably) present already. */
  boolean testAndAdd(long key) {
    int base = ((int) (key >>> 40) & blockMask) * BLOCK_WORDS;
    long h = key;
    boolean present = true;
    for (int i = 0; i < BITS_PER_KEY; i++) {
      int bit = (int) (h & 511);
      h >>>= 9;
      int w = base + (bit >>> 6);
      long m = 1L << (bit & 63);
      if ((words[w] & m) == 0) {
        present = false;
        words[w] |= m;
      }
    }
    if (!present) {
      added++;
    }
    return present;
  }

  /** Bytes held. */
  long bytes() {
    return words.length * 8L;
  }

  /** Estimated chance that a new key is taken for a seen one, from the number of keys added. */
  double falsePositiveRate() {
    double bitsPerBlock = BLOCK_WORDS * 64.0;
    double perBlock = (double) added / (blockMask + 1);
    double filled = 1 - Math.exp(-BITS_PER_KEY * perBlock / bitsPerBlock);
    return Math.pow(filled, BITS_PER_KEY);
  }
}
