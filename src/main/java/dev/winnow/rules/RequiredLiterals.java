package dev.winnow.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds, for a regex, a set of literal strings of which every match must contain at least one (in
 * lower case). The cleaner feeds these to one {@link LiteralAutomaton} so that a line is tried only
 * against the regexes whose literals it contains. The analysis is conservative: when it cannot prove
 * a literal is required (character classes, optional parts, escapes it does not read) it returns
 * null and the rule is tried on every line that passes its gates. Patterns in COMMENTS mode
 * ({@code (?x)}) are not supported by the analysis and must not be used with it.
 */
public final class RequiredLiterals {
  /** Literals shorter than this filter too little to be worth it (rare symbols such as © aside). */
  static final int MIN_LENGTH = 2;

  private final String re;
  private int pos;

  private RequiredLiterals(String re) {
    this.re = re;
  }

  /** The required literals of {@code regex}, lower-cased, or null when none can be proven. */
  public static Set<String> of(String regex) {
    try {
      RequiredLiterals r = new RequiredLiterals(regex);
      Set<String> s = r.alternation();
      if (r.pos != regex.length() || s == null) {
        return null;
      }
      Set<String> out = new HashSet<>();
      for (String lit : s) {
        if (lit.length() < MIN_LENGTH && !(lit.length() == 1 && isSymbol(lit.charAt(0)))) {
          return null;
        }
        out.add(fold(lit));
      }
      return out;
    } catch (RuntimeException e) {
      return null; // anything the analysis does not understand: no prefilter, still correct
    }
  }

  /** A character rare enough in prose to filter on alone: a symbol such as ©, », |, / or $. */
  private static boolean isSymbol(char c) {
    if (c < 128) {
      return "|/>#*@~^=+<\\[]{}_`$".indexOf(c) >= 0;
    }
    return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
  }

  /** Lower-cases character by character, as the automaton does with the text. */
  static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(Character.toLowerCase(s.charAt(i)));
    }
    return sb.toString();
  }

  private Set<String> alternation() {
    Set<String> union = new HashSet<>();
    boolean unknown = false;
    while (true) {
      Set<String> s = sequence();
      if (s == null) {
        unknown = true;
      } else {
        union.addAll(s);
      }
      if (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        continue;
      }
      break;
    }
    return unknown ? null : union;
  }

  private Set<String> best;
  private int bestScore;

  private Set<String> sequence() {
    Set<String> savedBest = best;
    int savedScore = bestScore;
    best = null;
    bestScore = 0;
    StringBuilder run = new StringBuilder();
    while (pos < re.length()) {
      char c = re.charAt(pos);
      if (c == '|' || c == ')') {
        break;
      }
      Character literal = null;
      Set<String> set = null;
      boolean zeroWidth = false;
      if (c == '\\') {
        char d = re.charAt(pos + 1);
        if (Character.isLetterOrDigit(d)) {
          zeroWidth = "bBAzZG".indexOf(d) >= 0;
          pos += 2;
          if (d == 'p' || d == 'P') {
            if (re.charAt(pos) == '{') {
              pos = re.indexOf('}', pos) + 1;
            } else {
              pos++;
            }
          } else if (d == 'Q') {
            int e = re.indexOf("\\E", pos);
            pos = e < 0 ? re.length() : e + 2;
          } else if (d == 'u') {
            pos += 4;
          } else if (d == 'x') {
            pos = re.charAt(pos) == '{' ? re.indexOf('}', pos) + 1 : pos + 2;
          } else if (d == 'k') {
            pos = re.indexOf('>', pos) + 1;
          } else if (d == 'c') {
            pos++;
          } else if (d == '0') {
            while (pos < re.length() && Character.isDigit(re.charAt(pos))) {
              pos++;
            }
          }
        } else {
          literal = d;
          pos += 2;
        }
      } else if (c == '[') {
        skipClass();
      } else if (c == '(') {
        pos++;
        boolean discard = false;
        boolean lookaround = false;
        if (re.startsWith("?", pos)) {
          if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
            pos += 2;
          } else if (re.startsWith("?=", pos)) {
            pos += 2; // a positive lookahead's text must be in the line too
            lookaround = true;
          } else if (re.startsWith("?!", pos)) {
            pos += 2;
            discard = true;
          } else if (re.startsWith("?<=", pos)) {
            pos += 3;
            lookaround = true;
          } else if (re.startsWith("?<!", pos)) {
            pos += 3;
            discard = true;
          } else if (re.startsWith("?<", pos)) {
            pos = re.indexOf('>', pos) + 1;
          } else {
            // inline flags: (?i) or (?i:...)
            int p = pos + 1;
            while (p < re.length() && (Character.isLetter(re.charAt(p)) || re.charAt(p) == '-')) {
              p++;
            }
            if (re.charAt(p) == ')') {
              pos = p + 1;
              continue; // flags only, zero width
            }
            pos = p + 1; // past ':'
          }
        }
        Set<String> inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
          throw new IllegalStateException("unbalanced");
        }
        pos++;
        if (discard) {
          zeroWidth = true;
        } else if (lookaround) {
          flush(run);
          if (inner != null) {
            candidate(inner);
          }
          zeroWidth = true;
        } else {
          set = inner;
        }
      } else if (c == '^' || c == '$') {
        pos++;
        zeroWidth = true;
      } else if (c == '.') {
        pos++;
      } else {
        literal = c;
        pos++;
      }
      // quantifier
      boolean quantified = false;
      boolean optional = false;
      if (pos < re.length()) {
        char q = re.charAt(pos);
        if (q == '?' || q == '*' || q == '+') {
          quantified = true;
          optional = q != '+';
          pos++;
        } else if (q == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
          int close = re.indexOf('}', pos);
          String body = re.substring(pos + 1, close);
          String min = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
          quantified = true;
          optional = Integer.parseInt(min.trim()) == 0;
          pos = close + 1;
        }
        if (quantified && pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
          pos++; // lazy or possessive
        }
      }
      if (zeroWidth) {
        flush(run);
        continue;
      }
      if (literal != null) {
        if (!quantified) {
          run.append(literal);
        } else {
          if (!optional) {
            run.append(literal);
          }
          flush(run);
        }
      } else {
        flush(run);
        if (set != null && !optional) {
          candidate(set);
        }
      }
    }
    flush(run);
    Set<String> result = best;
    best = savedBest;
    bestScore = savedScore;
    return result;
  }

  private void flush(StringBuilder run) {
    if (run.length() > 0) {
      candidate(Set.of(run.toString()));
      run.setLength(0);
    }
  }

  private void candidate(Set<String> set) {
    if (set.isEmpty()) {
      return;
    }
    int score = Integer.MAX_VALUE;
    for (String s : set) {
      int len = s.trim().length();
      if (len == 1 && isSymbol(s.trim().charAt(0))) {
        len = 3; // a rare symbol filters like a short word
      }
      score = Math.min(score, len);
    }
    if (best == null || score > bestScore) {
      best = set;
      bestScore = score;
    }
  }

  private void skipClass() {
    pos++; // '['
    if (pos < re.length() && re.charAt(pos) == '^') {
      pos++;
    }
    if (pos < re.length() && re.charAt(pos) == ']') {
      pos++;
    }
    int depth = 1;
    while (pos < re.length() && depth > 0) {
      char c = re.charAt(pos);
      if (c == '\\') {
        pos += 2;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
      pos++;
    }
  }

  @Override
  public String toString() {
    return "RequiredLiterals[" + re.toLowerCase(Locale.ROOT) + "]";
  }
}
