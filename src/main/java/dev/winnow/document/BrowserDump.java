package dev.winnow.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees in a line that a text browser or an old HTML-to-text converter dumped
 * (lynx, w3m, html2text): each link's number in brackets before its text ("[3]Local News
 * [4]Business"), a reference-style link ("[Понятно][3]") and a row of buttons in brackets
 * ("[Accept all] [Reject all]") read as their words. Rules are written for the words of a page:
 * "[3]Local" hides a menu's item from a pattern that wants "Local News", and a bracket hides a
 * button row's separators. {@link MarkdownText#view} reads each line through here first.
 *
 * <p>A picture's marker ("[IMG]", "[image: …]") stays, so that a rule can name the line for what
 * it is, as does the numbered list of the page's addresses that lynx appends ("  12.
 * https://…"). A number in brackets right after a word is a footnote ("as reported[1]") and stays;
 * so does a bracket in prose ("[sic]"): only a line made of bracketed buttons loses its brackets.
 */
public final class BrowserDump {
  /** A link's number before its text: "[12]Home", "[3][IMG]", not "word[1]" nor "[1]: https://…". */
  private static final Pattern LINK_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}\\]])\\[\\d{1,4}\\](?=[^\\s\\d\\](:])");

  /** A reference-style link, "[text][7]": its text. */
  private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\[\\d{1,4}\\]");

  /** A picture's marker, which stays: "[IMG]", "[image: A crew digs …]", "[INLINE]". */
  private static final Pattern PICTURE_MARKER = Pattern.compile("(?iu)\\[(?:img|image|inline|bild|imagen|изображение)(?![\\p{L}\\p{N}_])[^\\[\\]]*\\]");

  /**
   * A line made of bracketed buttons and the words between them ("[Inhalt laden]  [Immer
   * erlauben]"); a number in brackets is no button ("[2]: https://…").
   */
  private static final Pattern BUTTON_ROW = Pattern.compile("\\s*\\[(?!\\d+\\])[^\\[\\]]+\\](?:[^\\[\\]]{0,40}\\[(?!\\d+\\])[^\\[\\]]+\\])*[^\\[\\]]{0,40}");

  /** One button of such a row. */
  private static final Pattern BUTTON = Pattern.compile("\\[(?!\\d+\\])([^\\[\\]]+)\\]");

  private BrowserDump() {}

  /** True when the line may hold a text browser's brackets (a cheap test before {@link #plain}). */
  public static boolean suspect(String line) {
    return line.indexOf('[') >= 0;
  }

  /** The line as its reader sees it; a line that would read as blank stays as it is. */
  public static String plain(String line) {
    if (!suspect(line)) {
      return line;
    }
    // a link's number after a space starts the next item of a row ("[2]Freiburg [3]Region"): it
    // reads as the gap between items that a row's rules look for
    String out = LINK_NUMBER.matcher(line).replaceAll(
        r -> line.charAt(Math.max(0, r.start() - 1)) == ' ' && !line.substring(0, r.start()).isBlank() ? "  " : "");
    if (out.indexOf("][") >= 0) {
      out = REFERENCE_LINK.matcher(out).replaceAll("$1");
    }
    // a Markdown link's brackets are MarkdownText's to read
    if (out.indexOf('[') >= 0 && out.indexOf("](") < 0 && !PICTURE_MARKER.matcher(out).find() && BUTTON_ROW.matcher(out).matches()) {
      // the buttons' words, set apart as a row's items are
      Matcher m = BUTTON.matcher(out);
      StringBuilder sb = new StringBuilder(out.length());
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement("  " + m.group(1).strip() + "  "));
      }
      m.appendTail(sb);
      out = sb.toString().strip();
    }
    return out.isBlank() ? line : out;
  }
}
