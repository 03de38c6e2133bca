package dev.winnow.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-shingle precision / recall / F1 between an extracted text and a gold text, computed the
 * way the ScrapingHub article-extraction-benchmark's {@code evaluate.py} does it, so numbers
 * here are comparable with the published table (trafilatura 0.958, readability 0.9xx, ...).
 *
 * <h2>Tokenisation</h2>
 * A token is a maximal run of "word" code points, the equivalent of Python's {@code re}
 * {@code \w+} on a {@code str}: a code point is a word character when it is a Unicode letter
 * (general categories Lu, Ll, Lt, Lm, Lo), a number (Nd, Nl, No) or the underscore. Everything
 * else (punctuation, symbols, whitespace, and also combining marks Mn/Mc, which Python's
 * {@code \w} does not match either) separates tokens and is dropped. Tokens are compared
 * <b>as written</b>: the benchmark compiles its pattern with {@code IGNORECASE}, but that flag
 * does not change what {@code findall} returns, so "The" and "the" are different tokens there,
 * and here too by default. {@link #caseFolded()} gives a variant that lower-cases tokens
 * ({@link String#toLowerCase(java.util.Locale)} with {@code Locale.ROOT}) for other uses.
 *
 * <h2>Shingles</h2>
 * Word {@code n}-grams ({@code n = 4}), counted as a <b>multiset</b> (Python {@code Counter}):
 * a shingle that occurs twice in the gold and once in the prediction counts one true positive
 * and one false negative. A text with fewer than {@code n} tokens (but at least one) has exactly
 * one shingle, made of all its tokens; a text without tokens has none.
 *
 * <h2>Per page</h2>
 * {@code tp = sum(min(gold, pred))}, {@code fp = sum(max(0, pred - gold))},
 * {@code fn = sum(max(0, gold - pred))} over all shingles, then all three are divided by their
 * sum (when positive) so that long pages weigh no more than short ones. Precision is 1 when
 * {@code fp == fn == 0} (both empty, or identical), 0 when {@code tp == fp == 0}, else
 * {@code tp / (tp + fp)}; recall likewise with {@code fn}.
 *
 * <h2>Over pages</h2>
 * Mean precision is averaged over the pages with {@code tp + fp > 0} only (pages where the
 * extractor returned something), mean recall over pages with {@code tp + fn > 0} (pages with a
 * non-empty gold), and the reported F1 is the harmonic mean of those two means, as in the
 * benchmark (not the mean of per-page F1s, which {@link Summary#meanPageF1()} also gives).
 *
 * <p>Immutable and thread-safe.
 */
public final class ShingleScore {
  /** Shingle length used by the benchmark. */
  public static final int DEFAULT_N = 4;

  private static final ShingleScore DEFAULT = new ShingleScore(DEFAULT_N, false);

  private final int n;
  private final boolean caseFold;

  private ShingleScore(int n, boolean caseFold) {
    if (n < 1) throw new IllegalArgumentException("n must be >= 1: " + n);
    this.n = n;
    this.caseFold = caseFold;
  }

  /** The benchmark's settings: 4-grams, tokens compared as written. */
  public static ShingleScore benchmark() {
    return DEFAULT;
  }

  /** Same shingles of {@code n} words. */
  public static ShingleScore ofN(int n) {
    return new ShingleScore(n, false);
  }

  /** This scorer, with tokens lower-cased before comparison. */
  public ShingleScore caseFolded() {
    return new ShingleScore(n, true);
  }

  /** Normalised true positives, false positives and false negatives of one page. */
  public record Counts(double tp, double fp, double fn) {
    /** Precision as the benchmark defines it (see class doc). */
    public double precision() {
      if (fp == 0 && fn == 0) return 1.0;
      if (tp == 0 && fp == 0) return 0.0;
      return tp / (tp + fp);
    }

    /** Recall as the benchmark defines it (see class doc). */
    public double recall() {
      if (fp == 0 && fn == 0) return 1.0;
      if (tp == 0 && fn == 0) return 0.0;
      return tp / (tp + fn);
    }

    /** Harmonic mean of this page's precision and recall (0 when both are 0). */
    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Whether the prediction had any shingle (counts towards mean precision). */
    public boolean hasPrediction() {
      return tp + fp > 0;
    }

    /** Whether the gold had any shingle (counts towards mean recall). */
    public boolean hasGold() {
      return tp + fn > 0;
    }
  }

  /** Means over a set of pages. */
  public record Summary(double precision, double recall, double f1, double meanPageF1, int pages) {}

  /** Splits a text into tokens (see class doc). */
  public List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    int len = text.length();
    int start = -1;
    for (int i = 0; i < len; ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isWordChar(cp)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        out.add(token(text, start, i));
        start = -1;
      }
      i = next;
    }
    if (start >= 0) out.add(token(text, start, len));
    return out;
  }

  private String token(String text, int from, int to) {
    String t = text.substring(from, to);
    return caseFold ? t.toLowerCase(java.util.Locale.ROOT) : t;
  }

  /** Python {@code \w} on str: alphanumeric (letters, numbers) or underscore. */
  static boolean isWordChar(int cp) {
    if (cp == '_') return true;
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** Multiset of word n-gram shingles, each shingle joined with a U+0001 separator. */
  public Map<String, Integer> shingles(String text) {
    List<String> tokens = tokenize(text);
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) return counts;
    int last = Math.max(1, tokens.size() - n + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < last; i++) {
      sb.setLength(0);
      int end = Math.min(tokens.size(), i + n);
      for (int j = i; j < end; j++) {
        if (j > i) sb.append('\u0001');
        sb.append(tokens.get(j));
      }
      counts.merge(sb.toString(), 1, Integer::sum);
    }
    return counts;
  }

  /** Scores one page: {@code gold} is the reference text, {@code predicted} the extractor's. */
  public Counts score(String gold, String predicted) {
    Map<String, Integer> g = shingles(gold);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0, fp = 0, fn = 0;
    for (Map.Entry<String, Integer> e : g.entrySet()) {
      int gc = e.getValue();
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(gc, pc);
      fn += Math.max(0, gc - pc);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int gc = g.getOrDefault(e.getKey(), 0);
      fp += Math.max(0, e.getValue() - gc);
    }
    double s = tp + fp + fn;
    if (s > 0) {
      tp /= s;
      fp /= s;
      fn /= s;
    }
    return new Counts(tp, fp, fn);
  }

  /** Benchmark means over pages (see class doc). An empty list gives NaN means. */
  public static Summary summarize(List<Counts> pages) {
    double ps = 0, rs = 0, fs = 0;
    int pn = 0, rn = 0;
    for (Counts c : pages) {
      if (c.hasPrediction()) {
        ps += c.precision();
        pn++;
      }
      if (c.hasGold()) {
        rs += c.recall();
        rn++;
      }
      fs += c.f1();
    }
    double p = pn == 0 ? Double.NaN : ps / pn;
    double r = rn == 0 ? Double.NaN : rs / rn;
    double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    return new Summary(p, r, f, pages.isEmpty() ? Double.NaN : fs / pages.size(), pages.size());
  }
}
