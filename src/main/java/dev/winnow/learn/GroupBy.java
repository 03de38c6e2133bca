package dev.winnow.learn;

import dev.winnow.document.Document;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How documents are put into groups (sources, sites) whose boilerplate is learned separately, and
 * how a learned pack is scoped back to its group. A document whose metadata names a {@link
 * Document#GROUP} is always in that group.
 */
public enum GroupBy {
  /**
   * By directory: the top directory below the path that was named (so {@code learn scraped/} puts
   * {@code scraped/site-a/2024/x.txt} into {@code site-a}), or the named directory itself for files
   * directly in it. Packs are scoped by path glob.
   */
  DIR,
  /** By the host of the document's URL (without "www."), falling back to {@link #DIR}. Scoped by URL glob. */
  DOMAIN,
  /**
   * By file name without its extension and trailing number ({@code bbc.co.uk_news_01.txt} is in
   * {@code bbc.co.uk_news}), for flat directories of several sites. Scoped by path glob.
   */
  PREFIX,
  /** One group for everything; the pack is not scoped. */
  NONE;

  /** The group name used with {@link #NONE}. */
  public static final String ALL = "all";

  private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)[\\s_.-]*\\d+$");

  /** Parses "dir", "domain", "prefix" or "none". */
  public static GroupBy parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--group-by must be dir, domain, prefix or none, not '" + s + "'");
    }
  }

  /**
   * A learned group: its name, and the scope that gives a pack back to its documents.
   *
   * @param name  the group's name
   * @param by    how it was found (may differ from the requested mode: domain falls back to dir)
   * @param paths path globs of the pack's scope
   * @param urls  URL globs of the pack's scope
   */
  public record Group(String name, GroupBy by, List<String> paths, List<String> urls) {}

  /**
   * The group of a document.
   *
   * @param doc      the document (its name is the path it was read from, or a URL)
   * @param relative its path below the directory that was named, or null when unknown
   */
  public Group of(Document doc, String relative) {
    String given = doc.metadata(Document.GROUP);
    if (given != null && !given.isBlank()) {
      return new Group(given, this, List.of(), List.of());
    }
    switch (this) {
      case NONE:
        return new Group(ALL, NONE, List.of(), List.of());
      case DOMAIN: {
        String host = host(doc.metadata(Document.URL));
        if (host != null) {
          return new Group(host, DOMAIN, List.of(),
              List.of("*://" + host + "/*", "*://www." + host + "/*", "*://" + host, "*://www." + host));
        }
        return DIR.of(doc, relative);
      }
      case PREFIX: {
        String[] parts = split(doc.name());
        String file = parts.length == 0 ? doc.name() : parts[parts.length - 1];
        String base = org.apache.commons.io.FilenameUtils.removeExtension(file);
        Matcher m = TRAILING_NUMBER.matcher(base);
        String prefix = m.matches() && !m.group(1).isEmpty() ? m.group(1) : base;
        return new Group(prefix, PREFIX, List.of("{**/,}" + escapeGlob(prefix) + "*"), List.of());
      }
      default: {
        String[] name = split(doc.name());
        String[] rel = relative == null ? new String[0] : split(relative);
        String dir;
        if (rel.length > 1) {
          dir = rel[0];
        } else if (name.length > Math.max(1, rel.length)) {
          dir = name[name.length - Math.max(1, rel.length) - 1];
        } else {
          dir = null;
        }
        if (dir == null || dir.equals(".") || dir.equals("..") || dir.isEmpty()) {
          return new Group(".", DIR, List.of(), List.of());
        }
        return new Group(dir, DIR, List.of("{**/,}" + escapeGlob(dir) + "/**"), List.of());
      }
    }
  }

  private static String[] split(String path) {
    String p = path.replace('\\', '/');
    return java.util.Arrays.stream(p.split("/")).filter(s -> !s.isEmpty() && !s.equals(".")).toArray(String[]::new);
  }

  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String h = URI.create(url.trim()).getHost();
      if (h == null) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String escapeGlob(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("*?[]{}\\,".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
