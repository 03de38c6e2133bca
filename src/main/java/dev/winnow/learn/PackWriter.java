package dev.winnow.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a group's learned rules as an ordinary rule pack in YAML, meant to be read and edited:
 * a header saying where the pack came from, a scope giving it back to its group, then one rule per
 * recurring line (a {@code literal} when its text never varied, else a {@code line} regex with
 * digits as {@code \d+}) and, for runs of lines, a {@code block} rule plus a rule for the run's
 * lines wherever they stand alone; each with a comment giving its documents, share, place and
 * examples, most impact first.
 */
final class PackWriter {
  private static final String SEP = "[\\W_]";

  private PackWriter() {}

  /** Unique pack names for the groups: {@code learned-GROUP}, in group order. */
  static List<String> packNames(List<Learned.GroupRules> groups) {
    List<String> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Learned.GroupRules g : groups) {
      String base = "learned-" + slug(g.group().name(), 60, "group");
      String name = base;
      for (int i = 2; !used.add(name); i++) {
        name = base + "-" + i;
      }
      out.add(name);
    }
    return out;
  }

  static String write(String packName, Learned.GroupRules g, LearnConfig cfg, Learned.Stats stats) {
    StringBuilder y = new StringBuilder();
    String group = g.group().name();
    y.append("# Learned by 'winnow learn': lines that recur in the documents of one group.\n");
    y.append(String.format(Locale.ROOT,
        "# Group '%s' (grouped by %s): %d documents. Settings: --min-docs %d --min-share %s "
            + "--sentence-share %s.%n",
        oneLine(group), g.group().by().name().toLowerCase(Locale.ROOT), g.docs(), cfg.minDocs(),
        num(cfg.minShare()), num(cfg.sentenceShare())));
    y.append("# Rules come most impact first (documents x lines). Read them, delete any that is news,\n");
    y.append("# and use the pack with: winnow clean --rules FILE\n");
    y.append("pack: ").append(packName).append('\n');
    y.append("description: ").append(quote(String.format(Locale.ROOT,
        "Boilerplate learned from %d documents of %s", g.docs(), group))).append('\n');
    if (!g.group().paths().isEmpty() || !g.group().urls().isEmpty()) {
      y.append("scope:\n");
      if (!g.group().paths().isEmpty()) {
        y.append("  paths: ").append(list(g.group().paths())).append('\n');
      }
      if (!g.group().urls().isEmpty()) {
        y.append("  urls: ").append(list(g.group().urls())).append('\n');
      }
    }
    y.append("rules:\n");
    Set<String> ids = new HashSet<>();
    int rank = 0;
    for (Learned.Run run : g.runs()) {
      rank++;
      List<Learned.LearnedLine> ls = run.lines();
      Learned.LearnedLine first = ls.get(0);
      String id = uniqueId(ids, slug(LineKey.normalize(first.text()), 40, (ls.size() > 1 ? "run-" : "line-") + rank));
      y.append('\n');
      if (ls.size() == 1) {
        y.append(String.format(Locale.ROOT, "  # %d. line in %d of %d documents (%.0f%%), %s; e.g. %s%n",
            rank, first.docs(), g.docs(), 100 * first.share(), where(first.position()),
            String.join(", ", first.examples())));
        lineRule(y, id, String.format(Locale.ROOT, "Line in %d of %d documents (%.0f%%) of %s",
            first.docs(), g.docs(), 100 * first.share(), group), ls);
        continue;
      }
      int docs = run.docs();
      y.append(String.format(Locale.ROOT, "  # %d. run of %d lines in %d of %d documents (%.0f%%), %s; e.g. %s%n",
          rank, ls.size(), docs, g.docs(), 100.0 * docs / g.docs(), where(first.position()),
          String.join(", ", first.examples())));
      int maxWords = 0;
      for (Learned.LearnedLine l : ls) {
        y.append(String.format(Locale.ROOT, "  #   %4d docs  %s%n", l.docs(), oneLine(l.text())));
        maxWords = Math.max(maxWords, l.words());
      }
      y.append("  - id: ").append(id).append('\n');
      y.append("    description: ").append(quote(String.format(Locale.ROOT,
          "Run of %d lines in %d of %d documents (%.0f%%) of %s, from its first line to its last",
          ls.size(), docs, g.docs(), 100.0 * docs / g.docs(), group))).append('\n');
      y.append("    block:\n");
      y.append("      start: ").append(quote(regex(first.text()))).append('\n');
      y.append("      end: ").append(quote(regex(ls.get(ls.size() - 1).text()))).append('\n');
      y.append("      max-lines: ").append(run.span() + 2).append('\n');
      y.append("      end-max-words: ").append(maxWords + 2).append('\n');
      List<String> texts = new ArrayList<>();
      for (Learned.LearnedLine l : ls) {
        texts.add(l.text());
      }
      y.append("    examples:\n      drop: [").append(quote(String.join("\n", texts))).append("]\n");
      lineRule(y, uniqueId(ids, id + "-lines"),
          "The lines of " + id + " wherever they stand outside the whole run", ls);
    }
    if (!g.menuItems().isEmpty()) {
      List<String> alts = new ArrayList<>();
      y.append(String.format(Locale.ROOT,
          "%n  # %d. one-line menus made of these items (at least %d of them, between | · or •):%n",
          ++rank, Learner.MENU_ITEMS));
      List<String> samples = new ArrayList<>();
      for (Learned.LearnedLine l : g.menuItems()) {
        y.append(String.format(Locale.ROOT, "  #   %4d docs  %s%n", l.docs(), oneLine(l.text())));
        alts.add(tokens(l.text()));
        if (samples.size() < Learner.MENU_ITEMS) {
          samples.add(l.text());
        }
      }
      String items = String.join("|", alts);
      String re = "^(?=(?:.*?(?<![\\p{L}\\p{Nd}])(?:" + items + ")(?![\\p{L}\\p{Nd}])){" + Learner.MENU_ITEMS
          + "})\\s*[^|·•]{1,60}(?:[|·•][^|·•]{1,60}){2,}$";
      y.append("  - id: ").append(uniqueId(ids, "menu-items")).append('\n');
      y.append("    description: ").append(quote(String.format(Locale.ROOT,
          "One-line menus of %s: lines split by | · or • that hold at least %d of the %d items learned",
          group, Learner.MENU_ITEMS, alts.size()))).append('\n');
      y.append("    line: ").append(quote(re)).append('\n');
      y.append("    examples:\n      drop: [").append(quote(String.join(" | ", samples))).append("]\n");
    }
    return y.toString();
  }

  /** One rule for lines: literal for those whose text never varied, a regex rule for the others. */
  private static void lineRule(StringBuilder y, String id, String description, List<Learned.LearnedLine> ls) {
    List<String> literal = new ArrayList<>();
    List<Learned.LearnedLine> varying = new ArrayList<>();
    for (Learned.LearnedLine l : ls) {
      if (l.varies()) {
        varying.add(l);
      } else {
        literal.add(l.text());
      }
    }
    if (!literal.isEmpty()) {
      y.append("  - id: ").append(id).append('\n');
      y.append("    description: ").append(quote(description)).append('\n');
      y.append("    literal: ").append(literal.size() == 1 ? quote(literal.get(0)) : list(literal)).append('\n');
      y.append("    match: whole\n");
    }
    if (!varying.isEmpty()) {
      String vid = literal.isEmpty() ? id : id + "-varying";
      y.append("  - id: ").append(vid).append('\n');
      y.append("    description: ").append(quote(description + (literal.isEmpty() ? "" : " (lines whose text varies)")
          + "; digits, case and punctuation may vary")).append('\n');
      List<String> res = new ArrayList<>();
      List<String> samples = new ArrayList<>();
      for (Learned.LearnedLine l : varying) {
        res.add(regex(l.text()));
        samples.add(l.text());
      }
      y.append("    line: ").append(res.size() == 1 ? quote(res.get(0)) : list(res)).append('\n');
      y.append("    examples:\n      drop: ").append(list(samples)).append('\n');
    }
  }

  /**
   * A regex that matches a whole line with the same {@link LineKey} as {@code text}: its tokens in
   * order, case-insensitive, digit runs as {@code \d+}, any punctuation or space between them.
   */
  static String regex(String text) {
    return "^" + SEP + "*" + tokens(text) + SEP + "*$";
  }

  /** The tokens of a line's key as a regex: digit runs as {@code \d+}, any separator between tokens. */
  static String tokens(String text) {
    String norm = LineKey.normalize(text);
    StringBuilder sb = new StringBuilder();
    boolean firstToken = true;
    for (String tok : norm.split(" ")) {
      if (!firstToken) {
        sb.append(SEP).append('+');
      }
      firstToken = false;
      for (int i = 0; i < tok.length(); ) {
        int cp = tok.codePointAt(i);
        i += Character.charCount(cp);
        if (cp == '0') {
          sb.append("\\d+");
        } else {
          sb.appendCodePoint(cp);
        }
      }
    }
    return sb.toString();
  }

  private static String where(double position) {
    if (position < 0.25) {
      return "near the top";
    }
    if (position > 0.75) {
      return "near the bottom";
    }
    return "in the middle";
  }

  private static String uniqueId(Set<String> ids, String base) {
    String id = base;
    for (int i = 2; !ids.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }

  /** A rule or pack id from text: ASCII letters and digits joined by '-', or the fallback. */
  static String slug(String text, int max, String fallback) {
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_') {
        if (dash && sb.length() > 0) {
          sb.append('-');
        }
        dash = false;
        if (sb.length() >= max) {
          break;
        }
        sb.append(c);
      } else {
        dash = true;
      }
    }
    String s = sb.toString();
    while (!s.isEmpty() && !Character.isLetterOrDigit(s.charAt(0))) {
      s = s.substring(1);
    }
    return s.isEmpty() ? fallback : s;
  }

  private static String list(List<String> items) {
    List<String> q = new ArrayList<>();
    for (String s : items) {
      q.add(quote(s));
    }
    return "[" + String.join(", ", q) + "]";
  }

  private static String num(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("[\\p{Cc}\\u2028\\u2029\\u0085]", " ");
    return t.length() > 100 ? t.substring(0, 97) + "..." : t;
  }

  /** A YAML scalar: single-quoted when it can be, else double-quoted with escapes. */
  static String quote(String s) {
    boolean plainSafe = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028'
          || c == '\u2029' || c == '\uFEFF' || Character.isSurrogate(c) && !validSurrogate(s, i)) {
        plainSafe = false;
        break;
      }
    }
    if (plainSafe) {
      return "'" + s.replace("'", "''") + "'";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029'
              || c == '\uFEFF' || (Character.isSurrogate(c) && !validSurrogate(s, i))) {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
