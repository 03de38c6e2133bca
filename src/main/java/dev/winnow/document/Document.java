package dev.winnow.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A decoded text document split into {@link Line lines} that keep their original endings and are
 * grouped into paragraphs. Immutable. HTML input becomes a Document too: the extractor emits one
 * block per line.
 */
public final class Document {
  /** Metadata key for the document's URL, when the source carries one. */
  public static final String URL = "url";
  /** Metadata key for the document's group (site or directory), used by corpus statistics. */
  public static final String GROUP = "group";

  private final String name;
  private volatile String text; // built on demand for selections
  private final List<Line> lines;
  private final Map<String, String> metadata;

  private Document(String name, String text, List<Line> lines, Map<String, String> metadata) {
    this.name = name;
    this.text = text;
    this.lines = lines;
    this.metadata = metadata;
  }

  /** A document from decoded text. */
  public static Document of(String name, String text) {
    return of(name, text, Map.of());
  }

  /** A document from decoded text with metadata such as {@link #URL}. */
  public static Document of(String name, String text, Map<String, String> metadata) {
    Objects.requireNonNull(text, "text");
    return new Document(
        name == null ? "-" : name, text, split(text), Map.copyOf(metadata));
  }

  /**
   * A document made of the given lines of this one, in order, with their text and endings; used to
   * run a second cleaning pass over what the first one kept.
   */
  public Document select(int[] lineIndexes) {
    List<Line> out = new ArrayList<>(lineIndexes.length);
    int start = 0;
    int paragraph = 0;
    boolean prevBlank = true;
    for (int i : lineIndexes) {
      Line l = lines.get(i);
      boolean blank = l.isBlank();
      if (!blank && prevBlank && !out.isEmpty()) {
        paragraph++;
      }
      out.add(new Line(out.size(), l.text(), l.ending(), start, paragraph));
      start += l.text().length() + l.ending().length();
      prevBlank = blank;
    }
    return new Document(name, null, Collections.unmodifiableList(out), metadata);
  }

  /**
   * This document with some lines read differently: {@code texts[i]}, where it is not null, stands
   * for line {@code i}'s text. Endings, positions and paragraphs stay the line's own, so verdicts on
   * the result are verdicts on this document (see {@link MarkdownText#view}).
   */
  public Document withTexts(String[] texts) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      String t = texts[l.index()];
      out.add(t == null ? l : new Line(l.index(), t, l.ending(), l.start(), l.paragraph()));
    }
    return new Document(name, null, Collections.unmodifiableList(out), metadata);
  }

  private static List<Line> split(String text) {
    List<Line> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int paragraph = 0;
    boolean prevBlank = true;
    int i = 0;
    while (start < n) {
      i = start;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      String ending;
      if (i >= n) {
        ending = "";
      } else if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        ending = "\r\n";
      } else {
        ending = String.valueOf(text.charAt(i));
      }
      String lineText = text.substring(start, i);
      boolean blank = lineText.isBlank();
      if (!blank && prevBlank && !out.isEmpty()) {
        paragraph++;
      }
      out.add(new Line(out.size(), lineText, ending, start, paragraph));
      prevBlank = blank;
      start = i + ending.length();
    }
    return Collections.unmodifiableList(out);
  }

  /** Where the document came from: a path, a URL or "-" for standard input. */
  public String name() {
    return name;
  }

  /** The whole decoded text. */
  public String text() {
    String t = text;
    if (t == null) {
      StringBuilder sb = new StringBuilder();
      for (Line l : lines) {
        sb.append(l.text()).append(l.ending());
      }
      t = sb.toString();
      text = t;
    }
    return t;
  }

  /** The lines, in order. */
  public List<Line> lines() {
    return lines;
  }

  /** Number of lines. */
  public int size() {
    return lines.size();
  }

  /** The line at the given index. */
  public Line line(int index) {
    return lines.get(index);
  }

  /** Source metadata (url, group, ...); never null. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** A metadata value or null. */
  public String metadata(String key) {
    return metadata.get(key);
  }
}
