package dev.winnow;

import dev.winnow.document.Document;
import dev.winnow.document.Line;
import dev.winnow.document.Verdict;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document with a {@link Verdict} for each of its lines: what every renderer (text, diff,
 * explain, reports) reads. The cleaned text is the kept lines, unchanged and in order.
 */
public final class Cleaned {
  private final Document document;
  private final Verdict[] verdicts;
  private final String flag;

  private final List<String> warnings;

  Cleaned(Document document, Verdict[] verdicts, String flag) {
    this(document, verdicts, flag, List.of());
  }

  Cleaned(Document document, Verdict[] verdicts, String flag, List<String> warnings) {
    this.document = document;
    this.verdicts = verdicts;
    this.flag = flag;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Problems met while cleaning that did not stop it, one line each: a rule of a user's pack whose
   * pattern backtracked too much on some line and was taken as not matching there.
   */
  public List<String> warnings() {
    return warnings;
  }

  /** The input document. */
  public Document document() {
    return document;
  }

  /** The verdict of line {@code i}. */
  public Verdict verdict(int i) {
    return verdicts[i];
  }

  /** All verdicts, one per line. */
  public List<Verdict> verdicts() {
    return Collections.unmodifiableList(Arrays.asList(verdicts));
  }

  /**
   * A note from a guardrail (for example that the rules would have removed too much and the
   * document was kept whole), or null.
   */
  public String flag() {
    return flag;
  }

  /** The cleaned text: the kept lines with their original endings. */
  public String text() {
    if (!changed()) {
      return document.text();
    }
    StringBuilder sb = new StringBuilder(document.text().length());
    for (int i = 0; i < verdicts.length; i++) {
      if (verdicts[i].isKeep()) {
        Line l = document.line(i);
        String ending = l.ending();
        if (l.text().isEmpty() && ending.equals("\n") && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') {
          // a line that ended in a lone CR, now followed by this empty LF line (the lines between
          // them removed): "\r\n" would read back as one CRLF and the blank line would vanish,
          // changing the document's shape on the next run; a CR keeps it a line of its own
          ending = "\r";
        }
        sb.append(l.text()).append(ending);
      }
    }
    return sb.toString();
  }

  /** True when any line is dropped. */
  public boolean changed() {
    for (Verdict v : verdicts) {
      if (v.isDrop()) {
        return true;
      }
    }
    return false;
  }

  /** Number of dropped lines. */
  public int droppedLines() {
    int n = 0;
    for (Verdict v : verdicts) {
      if (v.isDrop()) {
        n++;
      }
    }
    return n;
  }

  /** Characters of dropped lines, endings included. */
  public long droppedChars() {
    long n = 0;
    for (int i = 0; i < verdicts.length; i++) {
      if (verdicts[i].isDrop()) {
        n += document.line(i).raw().length();
      }
    }
    return n;
  }

  /** Dropped lines per rule id, sorted by id. */
  public Map<String, Integer> dropsByRule() {
    Map<String, Integer> m = new TreeMap<>();
    for (Verdict v : verdicts) {
      if (v.isDrop()) {
        m.merge(v.ruleId(), 1, Integer::sum);
      }
    }
    return m;
  }
}
