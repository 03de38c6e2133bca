package dev.winnow.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main content of an HTML page as blocks. Immutable, thread-safe.
 *
 * <p>Method, in order:
 * <ol>
 *   <li>Read the title (og:title, else {@code <title>}) and the schema.org JSON-LD
 *       {@code articleBody}, if any (used only as a hint to locate the container).
 *   <li>Pre-clean the body: drop scripts, styles, forms controls, media; drop hidden elements,
 *       nav / aside / header / footer / form, and elements whose class, id or role names
 *       boilerplate (share, related, newsletter, cookie, comments, ads, ...) &mdash; except when
 *       such an element holds at least half of the page's paragraph text, so that a wrapper with
 *       an unlucky name around the article survives.
 *   <li>Cut the body into blocks at block-level elements and give each block a value: long,
 *       link-poor text is positive, link lists and short fragments are negative.
 *   <li>Every element scores the sum of its blocks' values, weighted by structural hints
 *       ({@code <article>}, itemprop=articleBody, content-like class names); the best element is
 *       the main container, joined by content-rich siblings (split bodies).
 *   <li>Inside it, drop link-heavy blocks, widget labels and a heading repeating the title.
 * </ol>
 */
public final class HtmlExtractor {
  private static final HtmlExtractor DEFAULTS = new HtmlExtractor();

  private HtmlExtractor() {}

  /** The extractor with default settings. */
  public static HtmlExtractor defaults() {
    return DEFAULTS;
  }

  /** Parses {@code html} and extracts its main content. */
  public ExtractedPage extract(String html, String baseUri) {
    Objects.requireNonNull(html, "html");
    return run(Jsoup.parse(html, baseUri == null ? "" : baseUri));
  }

  /**
   * Parses bytes, honouring a BOM, {@code <meta charset>} or {@code http-equiv} Content-Type
   * (UTF-8 when none), and extracts the main content.
   */
  public ExtractedPage extract(byte[] bytes, String baseUri) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      return run(Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri == null ? "" : baseUri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Extracts the main content of an already parsed document; {@code dom} is not modified. */
  public ExtractedPage extract(Document dom) {
    Objects.requireNonNull(dom, "dom");
    return run(dom.clone());
  }

  private ExtractedPage run(Document doc) {
    String title = title(doc);
    String jsonLd = JsonLd.articleBody(doc);
    Element body = doc.body();
    if (body == null) return new ExtractedPage(title, List.of());
    Names.Cache names = new Names.Cache();
    DomPruner.clean(body, names);
    List<Seg> segs = Segmenter.segment(body);
    List<Seg> picked = new Selector(segs, body, title, jsonLd, names).select();
    List<Block> blocks = new ArrayList<>(picked.size());
    for (Seg s : picked) blocks.add(s.toBlock());
    return new ExtractedPage(title, blocks);
  }

  static String title(Document doc) {
    Element og = doc.selectFirst("meta[property=og:title]");
    if (og != null) {
      String t = Segmenter.normalize(og.attr("content"));
      if (!t.isEmpty()) return t;
    }
    return Segmenter.normalize(doc.title());
  }

  /**
   * Content sniffing: whether the start of a file (say its first KB) looks like HTML: a doctype,
   * an {@code <html>}, {@code <head>} or {@code <body>} tag, or many tags.
   */
  public static boolean looksLikeHtml(byte[] head) {
    if (head == null || head.length == 0) return false;
    int len = Math.min(head.length, 2048);
    String s;
    if (len >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
      s = new String(head, 2, len - 2, StandardCharsets.UTF_16BE);
    } else if (len >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
      s = new String(head, 2, len - 2, StandardCharsets.UTF_16LE);
    } else {
      s = new String(head, 0, len, StandardCharsets.ISO_8859_1);
    }
    s = s.toLowerCase(Locale.ROOT);
    if (s.contains("<!doctype html") || s.contains("<html") || s.contains("<head")
        || s.contains("<body")) {
      return true;
    }
    // Fragments: count tag-like sequences "<x" or "</x" with x a letter.
    int tags = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      if (s.charAt(i) != '<') continue;
      char c = s.charAt(i + 1);
      if (c == '/' && i + 2 < s.length()) c = s.charAt(i + 2);
      if (c >= 'a' && c <= 'z') tags++;
    }
    return tags >= 8;
  }
}
