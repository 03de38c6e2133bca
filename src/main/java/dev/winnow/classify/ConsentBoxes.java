package dev.winnow.classify;

import static dev.winnow.classify.PageLines.prevNonBlank;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;

/**
 * A consent box however it is worded: a notice about cookies, trackers or an embed that waits
 * for the reader's leave, with a row of two to four buttons right under it ("Servus! Ohne Cookies
 * lauft bei uns fast nix … basst des für di?" / "Basst scho   |   I mog selber auswähln"; "Acá
 * hay un video de YouTube … no lo cargamos sin tu permiso …" / "Dale, mostrame el video   ·   No,
 * gracias"). The rules know the stock buttons ("Accept all", "Manage preferences"); a site that
 * words its own in dialect or jest shows them by their shape instead: short segments set apart by
 * wide spacing, bars or middle dots, under a notice the rules removed or one that speaks of
 * consent to the reader.
 *
 * <p>The row goes, and a notice the rules kept goes with it when it addresses the reader (a
 * question, or the second person). An article that reports on banners quotes their buttons in
 * quotation marks, which this leaves alone, and its sentences about banners do not stand over a
 * row of buttons.
 */
final class ConsentBoxes {
  private ConsentBoxes() {}

  /** What splits a row of buttons: wide spacing, or a bar, a middle dot or a bullet with spaces. */
  private static final java.util.regex.Pattern BUTTON_SPLIT =
      java.util.regex.Pattern.compile("\\s+[|·•]\\s+|\\s{3,}|\\]\\s+\\[");

  /** A button's brackets and close mark at its edges ("[ fine, load it ]", "✕ Nö"). */
  private static final java.util.regex.Pattern BUTTON_EDGES =
      java.util.regex.Pattern.compile("^[\\s\\[\\]✕×]+|[\\s\\[\\]]+$");

  /** The most words of one button ("NAH, LET ME FIDDLE WITH IT"). */
  private static final int BUTTON_MAX_WORDS = 7;

  /** The most words of a row of buttons, separators included. */
  private static final int ROW_MAX_WORDS = 32;

  /** The most words of a consent notice the rules kept. */
  private static final int NOTICE_MAX_WORDS = 60;

  /** Words of consent and tracking in the five languages. */
  private static final java.util.regex.Pattern CONSENT_WORDS = java.util.regex.Pattern.compile(
      "(?iu)cookie|tracker|tracking|consent|einwillig|zustimm|datenschutz|permiso|consentement|traceur|"
          + "согласи|куки|персональн|до вашего разрешения|sin tu permiso|until you say so|ohne ihre zustimmung");

  /** The reader addressed: a question, or the second person. */
  private static final java.util.regex.Pattern ADDRESSED = java.util.regex.Pattern.compile(
      "(?iu)\\?|(?<![\\p{L}])(?:you|your|du|di|dich|dir|sie|ihre?|vous|votre|tu|te|ti|usted|vos|вы|вас|ваш[\\p{L}\\p{N}_]*|ты|тебя)(?![\\p{L}])");

  /** Whether a rule that removed the line above took it for a consent or cookie notice. */
  private static boolean consentRule(String ruleId) {
    return ruleId != null && (ruleId.contains("cookie") || ruleId.contains("consent") || ruleId.contains("embed"));
  }

  static void settle(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    for (int i = 1; i < n; i++) {
      if (facts.blank(i) || v[i].isDrop() || facts.words(i) > ROW_MAX_WORDS || facts.quoted(i)
          || !isButtonRow(doc.line(i).text())) {
        continue;
      }
      // the notice right above the row, no blank line between, and no line above the notice that
      // introduces them both (an article quoting a banner: "The banner read:", a line a guard
      // gave back)
      int p = i - 1;
      if (facts.blank(p) || facts.quoted(p) || v[i].reason() != null) {
        continue;
      }
      int above = prevNonBlank(facts, p - 1);
      if (above >= 0 && ((v[above].isKeep() && v[above].reason() != null)
          || doc.line(above).text().strip().endsWith(":"))) {
        continue;
      }
      String notice = doc.line(p).text();
      if (v[p].isDrop() && consentRule(v[p].ruleId())) {
        v[i] = Verdict.drop(id, "context: the buttons under a consent notice");
      } else if (v[p].isKeep() && facts.words(p) <= NOTICE_MAX_WORDS && CONSENT_WORDS.matcher(notice).find()
          && ADDRESSED.matcher(notice).find()) {
        v[i] = Verdict.drop(id, "context: the buttons under a consent notice");
        v[p] = Verdict.drop(id, "context: a consent notice over its buttons");
      }
    }
  }

  /** The most words of the title over an embed's consent box ("Video player content"). */
  private static final int TITLE_MAX_WORDS = 3;

  /** The most words of a lone button under an embed's consent box ("Manage my settings"). */
  private static final int BUTTON_ALONE_MAX_WORDS = 4;

  /** What an embed's title names: the kind of content the box stands in for ("Video player content"). */
  private static final java.util.regex.Pattern EMBED_TITLE = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:video\\p{L}*|vídeo|vidéo|видео|player|content|contenu|contenido|inhalt|контент|embed\\p{L}*|"
          + "podcast|audio|karte|map|carte|mapa|карта|grafik|graphique|gráfico|instagram|youtube|tiktok|x|twitter|facebook|"
          + "telegram|vimeo)(?![\\p{L}])");

  /** A lone button's words under a consent box: settings, more information, no. */
  private static final java.util.regex.Pattern SETTINGS_BUTTON = java.util.regex.Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}_]*(?:configur\\p{L}*|preferenc\\p{L}*|préférences|settings|einstellungen|paramètres|réglages|настро\\p{L}*|manage|"
          + "gérer|gestionar|verwalten|mehr erfahren|learn more|more info\\p{L}*|en savoir plus|más información|подробнее|"
          + "ablehnen|rechazar|refuser|decline|отклонить|no,? thanks|nein,? danke|non,? merci|no,? gracias|нет,? спасибо)"
          + "(?:\\s+[\\p{L}]+){0,2}[^\\p{L}\\p{N}_]*$");

  /**
   * The edges of an embed's consent box that no rule names, once the rules took its notice and
   * button (two lines at least): a short title right over it that names the kind of content
   * ("Video player content", "Видео недоступно"), set apart above by a blank line, and a lone
   * settings or refusal button right under it ("Configurar preferencias") before a blank line.
   * An article's subheading over a video box names what the video shows, not that it is one.
   */
  static void settleEdges(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    for (int i = 0; i + 1 < n; i++) {
      if (!v[i].isDrop() || !consentRule(v[i].ruleId()) || facts.blank(i + 1) || !v[i + 1].isDrop()
          || !consentRule(v[i + 1].ruleId())) {
        continue;
      }
      int t = i - 1; // the title, right above the notice
      if (t >= 0 && v[t].isKeep() && v[t].reason() == null && !facts.blank(t) && facts.words(t) <= TITLE_MAX_WORDS
          && (t == 0 || facts.blank(t - 1)) && !PageLines.hasDigit(doc.line(t).text())
          && EMBED_TITLE.matcher(doc.line(t).text()).find()) {
        v[t] = Verdict.drop(id, "context: the title of an embed's consent box");
      }
      int end = i + 1;
      while (end + 1 < n && !facts.blank(end + 1) && v[end + 1].isDrop() && consentRule(v[end + 1].ruleId())) {
        end++;
      }
      int b = end + 1; // the button, right below the box
      if (b < n && v[b].isKeep() && v[b].reason() == null && !facts.blank(b) && facts.words(b) <= BUTTON_ALONE_MAX_WORDS
          && (b + 1 == n || facts.blank(b + 1)) && SETTINGS_BUTTON.matcher(doc.line(b).text()).find()) {
        v[b] = Verdict.drop(id, "context: a button under an embed's consent box");
      }
      i = end;
    }
  }

  /** Whether the line is two to four short buttons side by side, none of them a sentence or a figure. */
  static boolean isButtonRow(String text) {
    // the cheap test first, as this runs over every kept line: a separator of a row at all
    if (text.length() > 130 || !(text.contains("   ") || text.contains(" | ") || text.contains(" · ")
        || text.contains(" • ") || text.contains("] ["))) {
      return false;
    }
    String t = text.strip();
    if (t.isEmpty() || t.length() > 120) {
      return false;
    }
    String[] parts = BUTTON_SPLIT.split(t);
    if (parts.length < 2 || parts.length > 4) {
      return false;
    }
    for (String part : parts) {
      String b = BUTTON_EDGES.matcher(part).replaceAll("");
      if (b.isEmpty() || b.endsWith(".") || b.split("\\s+").length > BUTTON_MAX_WORDS
          || PageLines.wordsWithLetters(b) == 0 || PageLines.hasDigit(b)) {
        return false;
      }
    }
    return true;
  }
}
