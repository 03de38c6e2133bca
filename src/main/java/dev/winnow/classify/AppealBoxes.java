package dev.winnow.classify;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import java.util.regex.Pattern;

/**
 * A site's appeal box around a line an appeal rule names (a button "Поддержать «Полынью»", "Quiero
 * ser socio", "Je deviens membre"): the pitch right above the button, in the site's own words
 * ("«Полынья» заблокирована в России, но мы продолжаем … Помогите нам остаться рядом с ними."), its
 * short heading over the pitch ("Rejoignez le Cercle des Veilleurs"), and a short button right
 * under an appeal the rules took ("Give $10 now" under "The Millrace has no paywall … paid for by
 * readers"). No pattern can know a pitch's words, so more than one thing vouches for each line:
 * it touches a line an appeal rule dropped, with no blank line between; it speaks of support,
 * donors, members or a club itself (see SUPPORT); and a pitch or a heading speaks to the reader
 * (see ADDRESS), unless the box's lines close around it on both sides ("Станьте участником клуба
 * …" / "Участники клуба получают …" / "Вступить в клуб"). On a page without blank lines the
 * article's last paragraph may touch the box: it tells of a council member who supports a plan,
 * or of a club's transfer, and speaks to no one.
 */
final class AppealBoxes {
  private AppealBoxes() {}

  /** The most words of a pitch. */
  private static final int PITCH_MAX_WORDS = 70;

  /** The most words of a box's heading over its pitch, and of a button. */
  private static final int SHORT_MAX_WORDS = 8;

  /** How the local ids of the rules that name appeals begin ("appeal-button", "membership-call", "reader-funded"). */
  private static final String[] APPEAL_RULES = {"appeal-", "donation-", "membership-", "reader-funded"};

  /**
   * Words of support, donations, members and clubs in the five languages, by their stems, and of
   * what the readers make possible: a pitch and a button speak of them, whatever else they say.
   */
  private static final Pattern SUPPORT = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:donat\\p{L}*|donor\\p{L}*|support\\p{L}*|member\\p{L}*|contribut\\p{L}*|chip in|patron\\p{L}*|club\\p{L}*|"
          // what the readers' money makes possible ("This story was made possible by readers like you.")
          + "made possible|rendue? possible|possible grâce|hech[oa] posible|posible gracias|möglich gemacht|ermöglich\\p{L}*|благодаря (?:вам|вашей|читателям)|"
          + "spend\\p{L}*|spende\\p{L}*|unterstütz\\p{L}*|mitglied\\p{L}*|förder\\p{L}*|"
          + "dons?|soutien\\p{L}*|souten\\p{L}*|membre\\p{L}*|adhér\\p{L}*|adhésion|cercle|"
          + "don(?:a|ar|e|es|en|ación|aciones|ativo\\p{L}*)|socio\\p{L}*|soci[ao]s|apoy\\p{L}*|aport\\p{L}*|membresía\\p{L}*|"
          + "поддерж\\p{L}*|помоги\\p{L}*|помогите|пожертв\\p{L}*|донат\\p{L}*|взнос\\p{L}*|клуб\\p{L}*|участник\\p{L}*)(?![\\p{L}])");

  /**
   * Words that speak to the reader: the second person, and an imperative at the line's start
   * ("Rejoignez …", "Hazte socio …", "Помогите нам …"). The polite German forms count in capitals
   * only, as "sie" and "ihr" in small letters are "they" and "their".
   */
  private static final Pattern ADDRESS = Pattern.compile(
      "(?u)(?<![\\p{L}])(?:(?i:you|your|yours|dich|dir|dein\\p{L}*|vous|votre|vos|toi|ton|ta|tes|tú|tu|tus|te|usted|ustedes|"
          + "вы|вас|вам|ваш\\p{L}*|\\p{L}+(?:ите|йте|ьте))|Sie|Ihr|Ihre\\p{L}*|Ihnen)(?![\\p{L}])"
          + "|^\\W*(?i:\\p{L}+ez|\\p{L}+(?:te|nos)|únete|súmate|dona|colabora|werden|unterstützen|helfen|spenden)(?![\\p{L}])");

  /** Drops the pitch, heading and button of each appeal box whose line an appeal rule dropped. */
  static void settle(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    for (int b = 0; b < n; b++) {
      if (!isAppeal(v[b])) {
        continue;
      }
      // up: over the box's other dropped lines to the pitch, then its heading
      int k = b - 1;
      while (k >= 0 && !facts.blank(k) && v[k].isDrop()) {
        k--;
      }
      boolean closed = k > 0 && !facts.blank(k - 1) && v[k - 1].isDrop();
      if (k >= 0 && takes(doc, facts, v, k, PITCH_MAX_WORDS) && (closed || ADDRESS.matcher(doc.line(k).text()).find())) {
        v[k] = Verdict.drop(id, "context: the pitch of an appeal box, over a line an appeal rule names");
        if (facts.words(k) > SHORT_MAX_WORDS && k > 0 && takes(doc, facts, v, k - 1, SHORT_MAX_WORDS)
            && ADDRESS.matcher(doc.line(k - 1).text()).find()) {
          v[k - 1] = Verdict.drop(id, "context: the heading of an appeal box");
        }
      }
      // down: a short button right under the appeal
      if (b + 1 < n && takes(doc, facts, v, b + 1, SHORT_MAX_WORDS)) {
        v[b + 1] = Verdict.drop(id, "context: the button of an appeal box, under a line an appeal rule names");
      }
    }
  }

  /** Whether a rule that names appeals dropped the line: a test of the id's start, as this runs over every dropped line. */
  private static boolean isAppeal(Verdict v) {
    if (!v.isDrop() || v.ruleId() == null) {
      return false;
    }
    String id = v.ruleId();
    int local = id.indexOf('/') + 1;
    for (String start : APPEAL_RULES) {
      if (id.startsWith(start, local)) {
        return true;
      }
    }
    return false;
  }

  /** Whether kept line {@code k}, of at most {@code maxWords} words, speaks of support. */
  private static boolean takes(Document doc, LineFacts facts, Verdict[] v, int k, int maxWords) {
    return !facts.blank(k) && v[k].isKeep() && v[k].ruleId() == null && facts.words(k) <= maxWords
        && SUPPORT.matcher(doc.line(k).text()).find();
  }
}
