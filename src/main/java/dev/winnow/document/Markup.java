package dev.winnow.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes HTML that leaked into scraped text: stray tags such as {@code <b>} or {@code </p>} and
 * character entities such as {@code &amp;} or {@code &#8217;}. Only well-formed tags with a known
 * shape are removed, so "{@code a < b}" or "{@code x<y}" in prose survive.
 */
public final class Markup {
  private static final Pattern TAG =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(?:\\s+[^<>]*?)?\\s*/?>|<!--.*?-->");
  private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private Markup() {}

  /** True when the text may hold tags or entities (a cheap test before {@link #strip}). */
  public static boolean suspect(String text) {
    return text.indexOf('&') >= 0 || text.indexOf('<') >= 0;
  }

  /**
   * The text with tags removed and entities decoded. A {@code <br>} becomes a line break, so a
   * scraped line with breaks inside becomes several lines, like the page showed it.
   */
  public static String strip(String text) {
    if (!suspect(text)) {
      return text;
    }
    String out = text;
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
    if (out.indexOf('&') >= 0 && ENTITY.matcher(out).find()) {
      out = Parser.unescapeEntities(out, false);
    }
    return out;
  }
}
