package dev.winnow.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes HTML that leaked into scraped text: stray tags such as {@code <b>} or {@code </p>} and
 * character entities such as {@code &amp;} or {@code &#8217;}. Only well-formed tags with a known
 * shape are removed, so "{@code a < b}" or "{@code x<y}" in prose survive. Stripping twice gives
 * the same text as stripping once.
 */
public final class Markup {
  private static final Pattern TAG =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(?:\\s+[^<>]*?)?\\s*/?>|<!--.*?-->");
  private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  /**
   * How many rounds of decoding and removing at most. Each round that changes the text shortens
   * it, and pages need one or two; the bound only keeps a hostile input from costing much.
   */
  private static final int MAX_ROUNDS = 64;

  private Markup() {}

  /** True when the text may hold tags or entities (a cheap test before {@link #strip}). */
  public static boolean suspect(String text) {
    return text.indexOf('&') >= 0 || text.indexOf('<') >= 0;
  }

  /**
   * The text with entities decoded and tags removed. A {@code <br>} becomes a line break, so a
   * scraped line with breaks inside becomes several lines, like the page showed it. Entities are
   * decoded first: a page that showed "&lt;video&gt;" would otherwise come out with a tag in it,
   * which a second cleaning would remove, and cleaning must give the same text twice.
   */
  public static String strip(String text) {
    String out = text;
    // to a fixed point: removing "<b>" from "<<b>amp>" leaves a tag, decoding "&amp;lt;" an entity
    for (int round = 0; round < MAX_ROUNDS && suspect(out); round++) {
      String next = stripOnce(out);
      if (next.equals(out)) {
        break;
      }
      out = next;
    }
    return out;
  }

  private static String stripOnce(String text) {
    String out = text;
    if (out.indexOf('&') >= 0 && ENTITY.matcher(out).find()) {
      out = Parser.unescapeEntities(out, false);
    }
    if (out.indexOf('<') >= 0) {
      Matcher m = TAG.matcher(out);
      StringBuilder sb = new StringBuilder(out.length());
      while (m.find()) {
        String tag = m.group();
        String repl = tag.regionMatches(true, 0, "<br", 0, 3) ? "\n" : "";
        m.appendReplacement(sb, Matcher.quoteReplacement(repl));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }
}
