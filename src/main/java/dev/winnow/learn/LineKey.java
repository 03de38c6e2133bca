package dev.winnow.learn;

/**
 * The normalised identity of a line, as corpus statistics see it: case folded, every run of digits
 * folded to one {@code 0}, every run of punctuation, symbols and whitespace folded to one separator,
 * and separators at the edges dropped. "© 2023 Example News." and "(c) 2024 example news" are the
 * same key; "Home" and "HOME ›" are too. The key is hashed to 64 bits without building the folded
 * string. A line without any letter (a number, a rule of dashes) has no key: it is never learned.
 *
 * <p>Token characters are letters, digits and combining marks; everything else separates. The
 * regex that {@link PackWriter} emits for a key ({@code [\W_]+} between tokens, {@code \d+} for
 * digit runs) matches the same lines.
 */
public final class LineKey {
  /** The key of lines that have none (no letter). */
  public static final long NONE = 0L;

  private static final long SEED = 0x9E3779B97F4A7C15L;
  private static final long MUL = 0xBF58476D1CE4E5B9L;

  private LineKey() {}

  /** The 64-bit key of a line, or {@link #NONE} when it holds no letter. Never allocates. */
  public static long of(CharSequence line) {
    long h = SEED;
    boolean letter = false;
    boolean pendingSep = false;
    boolean inDigits = false;
    int n = line.length();
    boolean any = false;
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(line, i);
      i += Character.charCount(cp);
      int kind = kind(cp);
      if (kind == SEP) {
        pendingSep = any;
        inDigits = false;
        continue;
      }
      if (pendingSep) {
        h = step(h, ' ');
        pendingSep = false;
      }
      any = true;
      if (kind == DIGIT) {
        if (!inDigits) {
          h = step(h, '0');
          inDigits = true;
        }
        continue;
      }
      inDigits = false;
      letter |= kind == LETTER;
      h = step(h, fold(cp));
    }
    if (!letter) {
      return NONE;
    }
    long k = mix(h);
    return k == NONE ? 1L : k;
  }

  /** The folded text whose hash {@link #of} computes (for display and tests); "" when no letter. */
  public static String normalize(CharSequence line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean letter = false;
    boolean pendingSep = false;
    boolean inDigits = false;
    for (int i = 0; i < line.length(); ) {
      int cp = Character.codePointAt(line, i);
      i += Character.charCount(cp);
      int kind = kind(cp);
      if (kind == SEP) {
        pendingSep = sb.length() > 0;
        inDigits = false;
        continue;
      }
      if (pendingSep) {
        sb.append(' ');
        pendingSep = false;
      }
      if (kind == DIGIT) {
        if (!inDigits) {
          sb.append('0');
          inDigits = true;
        }
        continue;
      }
      inDigits = false;
      letter |= kind == LETTER;
      sb.appendCodePoint(fold(cp));
    }
    return letter ? sb.toString() : "";
  }

  /** Number of tokens (words) in the folded line. */
  public static int tokens(CharSequence line) {
    String n = normalize(line);
    if (n.isEmpty()) {
      return 0;
    }
    int t = 1;
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) == ' ') {
        t++;
      }
    }
    return t;
  }

  /** The key of two consecutive lines (order matters), for counting runs. */
  public static long pair(long first, long second) {
    long k = mix(first * 31 + Long.rotateLeft(second, 29) + 0x632BE59BD9B4E019L);
    return k == NONE ? 1L : k;
  }

  /** A key qualified by its group, so that each group counts on its own. */
  public static long inGroup(long key, int group) {
    long k = mix(key ^ (group * 0xD6E8FEB86659FD93L + 0x2545F4914F6CDD1DL));
    return k == NONE ? 1L : k;
  }

  static final int SEP = 0;
  static final int LETTER = 1;
  static final int DIGIT = 2;
  static final int MARK = 3;

  static int kind(int cp) {
    if (cp < 128) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
        return LETTER;
      }
      return cp >= '0' && cp <= '9' ? DIGIT : SEP;
    }
    if (Character.isDigit(cp)) {
      return DIGIT;
    }
    if (Character.isLetter(cp)) {
      return LETTER;
    }
    int t = Character.getType(cp);
    if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK) {
      return MARK;
    }
    return SEP;
  }

  private static int fold(int cp) {
    if (cp < 128) {
      return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    }
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  private static long step(long h, int c) {
    return Long.rotateLeft((h ^ c) * MUL, 27);
  }

  /** The finaliser of SplitMix64: a bijection that spreads every input bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
