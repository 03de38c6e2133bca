package dev.winnow.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of a rule pack: its source (vocabulary already expanded) and flags, compiled on first
 * use. The built-in packs hold some 750 patterns and a run over one small file needs a few dozen
 * of them, so the built-in packs (read from their build-time snapshot, see {@link PackSnapshot})
 * compile only what a document asks for. A user's pack file is compiled as it is loaded, so that a
 * bad pattern is reported with its file and line before any input is read.
 *
 * <p>Also keeps what the {@link RuleIndex} needs to know about the source: its {@link
 * RequiredLiterals}, from which the prefilter is built, and whether it is anchored at the start.
 * Each is worked out once, or carried by the snapshot. A snapshot's source stays UTF-8 bytes until
 * it is first asked for: start-up needs the literals and the anchoring, not the text.
 *
 * <p>Thread-safe: compiling twice in a race is harmless, and either result serves.
 */
public final class Regex {
  /** Marks required literals not worked out yet (null is a result: no prefilter). */
  private static final Object UNKNOWN = new Object();

  private volatile String source; // null until decoded from utf8
  private final byte[] utf8;
  private final int offset;
  private final int length;
  private final int flags;
  private volatile Pattern compiled;
  private volatile Object literals;
  private volatile byte anchored; // 0: not worked out yet, 1: anchored, 2: not

  private Regex(String source, byte[] utf8, int offset, int length, int flags, Pattern compiled,
      Object literals, byte anchored) {
    this.source = source;
    this.utf8 = utf8;
    this.offset = offset;
    this.length = length;
    this.flags = flags;
    this.compiled = compiled;
    this.literals = literals;
    this.anchored = anchored;
  }

  /** Compiles now: throws {@link java.util.regex.PatternSyntaxException} for a bad pattern. */
  public static Regex compile(String source, int flags) {
    return new Regex(source, null, 0, 0, flags, Pattern.compile(source, flags), UNKNOWN, (byte) 0);
  }

  /**
   * A pattern compiled on first use, whose source is {@code length} bytes of UTF-8 at {@code
   * offset} of {@code utf8}, with its required literals ({@code null}: none) and anchoring already
   * known; for sources known to compile, such as a snapshot of packs loaded from YAML.
   */
  static Regex lazy(byte[] utf8, int offset, int length, int flags, List<String> requiredLiterals,
      boolean anchoredAtStart) {
    return new Regex(null, utf8, offset, length, flags, null, requiredLiterals,
        anchoredAtStart ? (byte) 1 : (byte) 2);
  }

  /** The source, as compiled. */
  public String source() {
    String s = source;
    if (s == null) {
      s = new String(utf8, offset, length, StandardCharsets.UTF_8);
      source = s;
    }
    return s;
  }

  /** The {@link Pattern} flags. */
  public int flags() {
    return flags;
  }

  /** The compiled pattern (compiled now if this is its first use). */
  public Pattern pattern() {
    Pattern p = compiled;
    if (p == null) {
      p = Pattern.compile(source(), flags);
      compiled = p;
    }
    return p;
  }

  /** A matcher of the compiled pattern over {@code input}. */
  public Matcher matcher(CharSequence input) {
    return pattern().matcher(input);
  }

  /**
   * Lower-cased literals one of which every match contains (distinct, sorted), or null when none
   * can be proven (see {@link RequiredLiterals#of}).
   */
  @SuppressWarnings("unchecked")
  public List<String> requiredLiterals() {
    Object l = literals;
    if (l == UNKNOWN) {
      Set<String> set = RequiredLiterals.of(source());
      List<String> list = null;
      if (set != null) {
        List<String> sorted = new ArrayList<>(set);
        Collections.sort(sorted);
        list = Collections.unmodifiableList(sorted);
      }
      l = list;
      literals = l;
    }
    return (List<String>) l;
  }

  /** Whether every match starts at the beginning of the input (see {@link RegexSyntax#anchoredAtStart}). */
  public boolean anchoredAtStart() {
    byte a = anchored;
    if (a == 0) {
      a = RegexSyntax.anchoredAtStart(source()) ? (byte) 1 : (byte) 2;
      anchored = a;
    }
    return a == 1;
  }

  /** Equal when source and flags are: the same pattern, compiled or not. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Regex r && r.flags == flags && r.source().equals(source());
  }

  @Override
  public int hashCode() {
    return source().hashCode() * 31 + flags;
  }

  /** The source. */
  @Override
  public String toString() {
    return source();
  }
}
