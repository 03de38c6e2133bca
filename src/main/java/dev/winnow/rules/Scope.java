package dev.winnow.rules;

import dev.winnow.document.Document;
import dev.winnow.document.Line;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which documents a pack applies to. A document is in scope when it matches any of the path globs,
 * any of the URL globs, or contains a line matching the marker. An empty scope matches everything.
 * Immutable and thread-safe.
 */
public final class Scope {
  /** Every document. */
  public static final Scope ALL = new Scope(List.of(), List.of(), null, List.of());

  private final List<String> paths;
  private final List<String> urls;
  private final Regex marker;
  private final List<String> languages;
  private final List<PathMatcher> pathMatchers = new ArrayList<>();
  private final List<Pattern> urlPatterns = new ArrayList<>();
  private final LiteralAutomaton markerFilter;

  /**
   * @param paths  glob patterns on the document's name, e.g. {@code **}{@code /example-times/**}
   * @param urls   glob patterns on the document's URL ({@code *} matches any run of characters)
   * @param marker pattern that some line of the document must contain, or null
   * @param languages language codes (en, de, fr, es, ru) of which the document must be written in
   *     one; unlike the other conditions this one must hold in any case (see {@link
   *     dev.winnow.classify.Languages})
   */
  public Scope(List<String> paths, List<String> urls, Regex marker, List<String> languages) {
    this.languages = List.copyOf(languages);
    this.paths = List.copyOf(paths);
    this.urls = List.copyOf(urls);
    this.marker = marker;
    for (String glob : this.paths) {
      pathMatchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    for (String glob : this.urls) {
      urlPatterns.add(globToRegex(glob));
    }
    List<String> lits = marker == null ? null : marker.requiredLiterals();
    markerFilter = lits == null ? null : new LiteralAutomaton(lits, new int[lits.size()]);
  }

  public List<String> paths() {
    return paths;
  }

  public List<String> urls() {
    return urls;
  }

  /** The marker, or null. */
  public Regex marker() {
    return marker;
  }

  public List<String> languages() {
    return languages;
  }

  /**
   * Literals one of which every line the marker matches holds (see {@link
   * Regex#requiredLiterals}), or null when there is no marker or it has none: a cleaner may look
   * for them in the scan it makes of every line anyway, instead of a pass of its own per pack.
   */
  public List<String> markerLiterals() {
    return marker == null ? null : marker.requiredLiterals();
  }

  /** True when this scope places no condition. */
  public boolean isAll() {
    return paths.isEmpty() && urls.isEmpty() && marker == null && languages.isEmpty();
  }

  /** True when the document is in scope. */
  public boolean appliesTo(Document doc) {
    return appliesTo(doc, () -> dev.winnow.classify.Languages.of(doc), line -> { });
  }

  /**
   * True when the document is in scope; {@code docLanguages} gives its languages, asked only when
   * this scope names languages (the cleaner computes them once per document). The marker reads
   * each line through a {@link BoundedText}, as a user's rules do: on a line where it backtracks
   * without end it gives up, the line counts as not matching, and {@code gaveUp} hears the line's
   * index.
   */
  public boolean appliesTo(Document doc, java.util.function.Supplier<java.util.Set<String>> docLanguages,
      java.util.function.IntConsumer gaveUp) {
    return appliesTo(doc, docLanguages, gaveUp, null);
  }

  /**
   * As {@link #appliesTo(Document, java.util.function.Supplier, java.util.function.IntConsumer)},
   * with the lines (ascending) that hold one of the {@link #markerLiterals}, found by the caller's
   * own scan, or null to have them found here: the marker's regex runs on those lines alone.
   */
  public boolean appliesTo(Document doc, java.util.function.Supplier<java.util.Set<String>> docLanguages,
      java.util.function.IntConsumer gaveUp, int[] markerLines) {
    if (!languages.isEmpty()) {
      java.util.Set<String> have = docLanguages.get();
      boolean any = false;
      for (int i = 0; i < languages.size() && !any; i++) { // a loop: a stream per document and pack showed in profiles
        any = have.contains(languages.get(i));
      }
      if (!any) {
        return false;
      }
    }
    if (paths.isEmpty() && urls.isEmpty() && marker == null) {
      return true;
    }
    if (!pathMatchers.isEmpty()) {
      try {
        Path p = Path.of(doc.name().replace('\\', '/'));
        for (PathMatcher m : pathMatchers) {
          if (m.matches(p)) {
            return true;
          }
        }
      } catch (InvalidPathException e) {
        // a name that is no path (a URL, say) simply does not match path globs
      }
    }
    String url = doc.metadata(Document.URL);
    if (url != null) {
      for (Pattern p : urlPatterns) {
        if (p.matcher(url).matches()) {
          return true;
        }
      }
    }
    if (marker != null) {
      List<Line> lines = doc.lines();
      if (markerFilter != null && markerLines == null) {
        markerLines = linesWithLiterals(lines);
      }
      BoundedText bounded = new BoundedText();
      int count = markerLines == null ? lines.size() : markerLines.length;
      for (int k = 0; k < count; k++) {
        int i = markerLines == null ? k : markerLines[k];
        try {
          if (marker.matcher(bounded.of(lines.get(i).text())).find()) {
            return true;
          }
        } catch (BoundedText.Exceeded e) {
          gaveUp.accept(i);
        }
      }
    }
    return false;
  }

  /** The lines holding one of the marker's literals. */
  private int[] linesWithLiterals(List<Line> lines) {
    int[] out = new int[lines.size()];
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (markerFilter.containsAny(lines.get(i).text())) {
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** A URL glob as a regex: {@code *} is any run of characters, everything else literal. */
  static Pattern globToRegex(String glob) {
    String[] parts = glob.split("\\*", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append(".*");
      }
      if (!parts[i].isEmpty()) {
        sb.append(Pattern.quote(parts[i]));
      }
    }
    return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE);
  }
}
