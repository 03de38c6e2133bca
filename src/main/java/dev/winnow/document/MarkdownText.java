package dev.winnow.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees in a line that a scraper saved as Markdown: a link {@code [text](url)}
 * reads as its text and {@code **bold**} as its words. Rules are written for the words of a page:
 * a URL inside a line adds words and hides the line's end from a pattern
 * ("{@code * [News](https://example.org/news)}" is a menu item), and emphasis after a heading
 * hides its end too ("{@code **Mehr zum Thema**}"). The cleaner matches rules and counts words on
 * this view while it prints the lines as they came. A heading's {@code #} and a list item's
 * bullet stay: the rules skip them as they skip a plain-text scrape's "•", and the steps that find
 * a page's lists look for them; only an item that is a link loses its bullet.
 *
 * <p>Only a bracket right before a parenthesised target that looks like an address (a scheme,
 * {@code www.}, {@code mailto:}, a path or a fragment) is taken for a link: "[sic] (2024)" and
 * "[1](see below)" in prose stay as they are. A line that is only a picture
 * ({@code ![alt](url)}, perhaps linked) stays as it came, so that a rule can name it for what it
 * is: a picture, which a scraper of plain text would have left out or saved as its caption. So
 * does a line that is one link to a place on the same page (a live blog's key events, a table of
 * contents, a button). Links side by side, with nothing but spaces or a separator between them,
 * read as a row of items set apart by wide spaces, as a menu's are.
 */
public final class MarkdownText {
  /** An image or a link with its target, and an optional title after the target. */
  private static final Pattern LINK = Pattern.compile(
      "!?\\[([^\\[\\]]*)\\]\\((?:https?://|www\\.|mailto:|tel:|/|#|\\.{1,2}/)[^\\s()]*(?:\\([^\\s()]*\\)[^\\s()]*)*(?:\\s+\"[^\"]*\")?\\)");

  /** A line that is one picture, perhaps wrapped in a link. */
  private static final Pattern PICTURE = Pattern.compile(
      "\\s*(?:\\[\\s*)?!\\[[^\\[\\]]*\\]\\([^\\s()]+(?:\\s+\"[^\"]*\")?\\)(?:\\]\\([^\\s()]+\\))?\\s*");

  /**
   * A line of links to places on the same page only ("* [Woman rescued from car](#post-8790)",
   * "[Accept all](#accept) [Settings](#settings)"): a live blog's key events, a table of contents,
   * buttons. It stays as it
   * came, so that a rule can name it by its target.
   */
  private static final Pattern ANCHOR_LINK = Pattern.compile(
      "\\s*(?:[*+-][ \\t]+)?\\[[^\\[\\]]+\\]\\(#[^\\s()]*\\)(?:\\s*[·|•]?\\s*\\[[^\\[\\]]+\\]\\(#[^\\s()]*\\))*\\s*");

  /** A line of two links or more with nothing but spaces or a separator between them. */
  private static final Pattern LINK_ROW = Pattern.compile(
      "(?:" + LINK.pattern() + "\\s*(?:[|·•›>»/]\\s*)?){2,}");

  /** A link and the spaces after it, which a row's wide gap replaces. */
  private static final Pattern LINK_AND_SPACE = Pattern.compile(LINK.pattern() + "\\s*");

  /** A list item's bullet right before a link or a linked picture. */
  private static final Pattern LINK_ITEM = Pattern.compile("\\s*[*+-][ \\t]+(?=!?\\[)");

  /** Strong emphasis: the markers go, the words stay. */
  private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|__(?=\\S)(.+?)(?<=\\S)__");

  /** Links may nest one level: a linked image {@code [![alt](img)](url)} reads as its alt text. */
  private static final int LINK_ROUNDS = 2;

  private MarkdownText() {}

  /** True when the line may hold Markdown (a cheap test before {@link #plain}). */
  public static boolean suspect(String line) {
    return line.indexOf("](") >= 0 || line.indexOf("**") >= 0 || line.indexOf("__") >= 0;
  }

  /**
   * The line as its reader sees it. A line that would read as blank stays as it is: blank lines
   * set a page's blocks apart, and a link without text is no gap between them.
   */
  public static String plain(String line) {
    if (!suspect(line) || PICTURE.matcher(line).matches() || ANCHOR_LINK.matcher(line).matches()) {
      return line;
    }
    // a list item that is a link ("* [News](/news)") is a menu's, a rail's or a share row's item:
    // its bullet goes with the link's address. A list item of words keeps its bullet, which the
    // steps that find a story's own lists and a summary box's points look for
    Matcher item = LINK_ITEM.matcher(line);
    String out = item.lookingAt() ? line.substring(item.end()) : line;
    if (LINK_ROW.matcher(out).matches()) {
      // a row of links side by side reads as a row of items, set apart as a menu's are
      // ("[Halifax](…) [Nova Scotia](…) [Canada](…)": "Halifax   Nova Scotia   Canada")
      out = LINK_AND_SPACE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + "   ").strip();
    }
    for (int round = 0; round < LINK_ROUNDS && out.indexOf("](") >= 0; round++) {
      String next = replace(LINK, out);
      if (next.equals(out)) {
        break;
      }
      out = next;
    }
    if (out.indexOf("**") >= 0 || out.indexOf("__") >= 0) {
      out = replace(STRONG, out);
    }
    return out.isBlank() ? line : out;
  }

  /** The text with each match replaced by its first group that matched. */
  private static String replace(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    do {
      String g = m.group(1) != null ? m.group(1) : m.groupCount() > 1 && m.group(2) != null ? m.group(2) : "";
      m.appendReplacement(sb, Matcher.quoteReplacement(g));
    } while (m.find());
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * The document as its reader sees it: the same lines, endings and paragraphs, each read as
   * {@link #plain} reads it, after {@link BrowserDump#plain} has read a text browser's link numbers
   * and buttons. The document itself when no line holds such markup.
   */
  public static Document view(Document doc) {
    String[] texts = null;
    for (int i = 0; i < doc.size(); i++) {
      String t = doc.line(i).text();
      if (BrowserDump.suspect(t) || suspect(t)) {
        String p = plain(BrowserDump.plain(t));
        if (!p.equals(t)) {
          if (texts == null) {
            texts = new String[doc.size()];
          }
          texts[i] = p;
        }
      }
    }
    return texts == null ? doc : doc.withTexts(texts);
  }
}
