package dev.winnow.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The little of Java regex syntax that rule handling needs to see without compiling: group depth
 * and top-level alternation, skipping escapes and character classes. Used to split alternations
 * into prefiltered triggers and to find patterns anchored at the start.
 */
final class RegexSyntax {
  private RegexSyntax() {}

  /**
   * For every character of {@code re}, the depth of groups it stands in, or -1 when it is part of
   * an escape or a character class (and so no structure). A '(' has the depth outside its group, a
   * ')' the depth inside.
   */
  static int[] depths(String re) {
    int[] d = new int[re.length()];
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        d[i] = -1;
        if (i + 1 < re.length()) {
          d[++i] = -1;
        }
      } else if (inClass) {
        d[i] = -1;
        if (c == ']') {
          inClass = false;
        }
      } else if (c == '[') {
        d[i] = -1;
        inClass = true;
        if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
          d[++i] = -1;
        }
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
          d[++i] = -1;
        }
      } else if (c == '(') {
        d[i] = depth++;
      } else if (c == ')') {
        d[i] = depth--;
      } else {
        d[i] = depth;
      }
    }
    return d;
  }

  /**
   * The pattern with every apostrophe also matching the typographic one: {@code '} (or {@code \'})
   * outside a character class becomes {@code ['’]}, and a class that holds {@code '} but not
   * {@code ’} gets it. Scraped text writes "l’article" and "don’t" as often as "l'article", and
   * a pattern author should not have to think of it. Idempotent: a pattern already written with
   * {@code ['’]} stays as it is.
   */
  static String typographicApostrophes(String re) {
    if (re.indexOf('\'') < 0) {
      return re;
    }
    StringBuilder sb = new StringBuilder(re.length() + 16);
    boolean inClass = false;
    boolean classHasStraight = false;
    boolean classHasCurly = false;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\' && i + 1 < re.length()) {
        char d = re.charAt(i + 1);
        if (d == 'Q') { // a quoted run goes through as it is
          int e = re.indexOf("\\E", i + 2);
          int stop = e < 0 ? re.length() : e + 2;
          sb.append(re, i, stop);
          i = stop - 1;
          continue;
        }
        if (d == '\'' && !inClass) {
          sb.append("['’]");
        } else {
          if (d == '\'') {
            classHasStraight = true;
          }
          sb.append(c).append(d);
        }
        i++;
        continue;
      }
      if (inClass) {
        if (c == ']') {
          if (classHasStraight && !classHasCurly) {
            sb.append('’');
          }
          inClass = false;
        } else if (c == '\'') {
          classHasStraight = true;
        } else if (c == '’') {
          classHasCurly = true;
        }
        sb.append(c);
        continue;
      }
      if (c == '[') {
        inClass = true;
        classHasStraight = false;
        classHasCurly = false;
        sb.append(c);
        if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
          sb.append('^');
          i++;
        }
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') { // a ']' first in a class is literal
          sb.append(']');
          i++;
        }
        continue;
      }
      sb.append(c == '\'' ? "['’]" : String.valueOf(c));
    }
    return sb.toString();
  }

  /**
   * True when every match must begin at the start of the input: the pattern starts with {@code ^}
   * and has no alternation at its top level. (Patterns are never compiled with MULTILINE.)
   */
  static boolean anchoredAtStart(String re) {
    return re.startsWith("^") && topLevelBars(re, depths(re)).isEmpty();
  }

  /**
   * The top-level alternatives of a regex ({@code a|b} or {@code (?:a|(?:b|c))}, flattened), or the
   * regex itself when it is not an alternation. {@code find} of the whole equals {@code find} of
   * any part.
   */
  static List<String> splitAlternation(String re) {
    String body = re;
    while (body.startsWith("(?:") && closingParen(body) == body.length() - 1) {
      body = body.substring(3, body.length() - 1);
    }
    List<Integer> bars = topLevelBars(body, depths(body));
    if (bars.isEmpty()) {
      return distribute(re);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int bar : bars) {
      out.addAll(splitAlternation(body.substring(start, bar)));
      start = bar + 1;
    }
    out.addAll(splitAlternation(body.substring(start)));
    return out;
  }

  /**
   * {@code \b(?:a|b)\b} as {@code [\ba\b, \bb\b]}: a group of alternatives between
   * zero-width anchors ({@code \b}, {@code ^}, {@code $}) is split like a top-level alternation,
   * since a match of the whole is a match of one part and the anchors consume nothing. Each part is
   * then a small regex tried only when its own literals occur, instead of one large alternation
   * tried at every position of the line. Anything else is returned whole.
   */
  private static List<String> distribute(String re) {
    int i = 0;
    while (re.startsWith("\\b", i) || re.startsWith("^", i)) {
      i += re.charAt(i) == '^' ? 1 : 2;
    }
    if (!re.startsWith("(?:", i)) {
      return List.of(re);
    }
    int close = closingParen(re.substring(i));
    if (close < 0) {
      return List.of(re);
    }
    int end = i + close + 1;
    int j = end;
    while (re.startsWith("\\b", j) || re.startsWith("$", j)) {
      j += re.charAt(j) == '$' ? 1 : 2;
    }
    if (j != re.length()) {
      return List.of(re); // a quantifier or more pattern after the group
    }
    List<String> parts = splitAlternation(re.substring(i, end));
    if (parts.size() < 2) {
      return List.of(re);
    }
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      out.add(re.substring(0, i) + part + re.substring(end));
    }
    return out;
  }

  /** Index of the parenthesis closing the group that opens at index 0, or -1. */
  private static int closingParen(String re) {
    int[] d = depths(re);
    for (int i = 1; i < re.length(); i++) {
      if (re.charAt(i) == ')' && d[i] == 1) {
        return i;
      }
    }
    return -1;
  }

  private static List<Integer> topLevelBars(String re, int[] d) {
    List<Integer> bars = new ArrayList<>();
    for (int i = 0; i < re.length(); i++) {
      if (re.charAt(i) == '|' && d[i] == 0) {
        bars.add(i);
      }
    }
    return bars;
  }
}
