package dev.winnow.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Placeholder until the main-content extractor lands: returns the page's text by block. Immutable,
 * thread-safe.
 */
public final class HtmlExtractor {
  private static final HtmlExtractor DEFAULTS = new HtmlExtractor();

  public static HtmlExtractor defaults() {
    return DEFAULTS;
  }

  public ExtractedPage extract(byte[] bytes, String baseUri) {
    return extract(new String(bytes, StandardCharsets.UTF_8), baseUri);
  }

  public ExtractedPage extract(String html, String baseUri) {
    org.jsoup.nodes.Document d = Jsoup.parse(html, baseUri);
    return new ExtractedPage(d.title(), List.of(new Block(d.body().text(), BlockKind.PARAGRAPH, 0, 0)));
  }

  public static boolean looksLikeHtml(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return s.contains("<!doctype html") || s.contains("<html") || s.contains("<body");
  }
}
