package dev.winnow.classify;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import java.util.regex.Pattern;

/**
 * A site's box around a line an appeal or a newsletter rule names (a button "Поддержать
 * «Полынью»", "Quiero ser socio", "Je deviens membre"; a form "Enter your email address   Sign
 * up"): the pitch right above it, in the site's own words ("«Полынья» заблокирована в России, но
 * мы продолжаем … Помогите нам остаться рядом с ними."; "Our editors' guide to the day's news,
 * every weekday at 6 a.m."), its short heading over the pitch ("Rejoignez le Cercle des
 * Veilleurs"), and a short button right under an appeal the rules took ("Give $10 now" under "The
 * Millrace has no paywall … paid for by readers"). No pattern can know a pitch's words, so more
 * than one thing vouches for each line: it touches a line a rule of the box's kind dropped, with
 * no blank line between; it speaks of the box's matter, support, donors, members or a club for an
 * appeal, the inbox and the days it comes on for a newsletter (see Kind#matter); and a pitch or a
 * heading speaks to the reader (see ADDRESS), unless it is the box's name alone after a blank
 * line ("Morning Briefing") or the box's lines close around it on both sides ("Станьте участником
 * клуба …" / "Участники клуба получают …" / "Вступить в клуб"). On a page without blank lines the
 * article's last paragraph may touch the box: it tells of a council member who supports a plan,
 * or of a club's transfer, and speaks to no one.
 */
final class PitchBoxes {
  private PitchBoxes() {}

  /**
   * A kind of box: how the local ids of the rules that name it begin, the words its pitch, heading
   * and button speak of, and the reasons given for each.
   */
  private record Kind(String[] rules, Pattern matter, String pitch, String heading, String button) {
    static Kind of(String[] rules, Pattern matter, String name) {
      return new Kind(rules, matter, "context: the pitch of " + name + " box, over a line a rule of its kind names",
          "context: the heading of " + name + " box", "context: the button of " + name + " box, under a line a rule of its kind names");
    }
  }

  /**
   * Words of support, donations, members and clubs in the five languages, by their stems, and of
   * what the readers make possible: a pitch and a button speak of them, whatever else they say.
   */
  private static final Kind APPEAL = Kind.of(new String[] {"appeal-", "donation-", "membership-", "reader-funded"},
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:donat\\p{L}*|donor\\p{L}*|support\\p{L}*|member\\p{L}*|contribut\\p{L}*|chip in|patron\\p{L}*|club\\p{L}*|"
          // what the readers' money makes possible ("This story was made possible by readers like you.")
          + "made possible|rendue? possible|possible grâce|hech[oa] posible|posible gracias|möglich gemacht|ermöglich\\p{L}*|благодаря (?:вам|вашей|читателям)|"
          + "spend\\p{L}*|spende\\p{L}*|unterstütz\\p{L}*|mitglied\\p{L}*|förder\\p{L}*|"
          + "dons?|soutien\\p{L}*|souten\\p{L}*|membre\\p{L}*|adhér\\p{L}*|adhésion|cercle|"
          + "don(?:a|ar|e|es|en|ación|aciones|ativo\\p{L}*)|socio\\p{L}*|soci[ao]s|apoy\\p{L}*|aport\\p{L}*|membresía\\p{L}*|"
          + "поддерж\\p{L}*|помоги\\p{L}*|помогите|пожертв\\p{L}*|донат\\p{L}*|взнос\\p{L}*|клуб\\p{L}*|участник\\p{L}*)(?![\\p{L}])"),
      "an appeal");

  /**
   * Words of a newsletter: its name for itself, the inbox, and the days it comes on ("every
   * weekday at 6 a.m.", "jeden Morgen", "chaque samedi", "cada mañana", "каждое утро").
   */
  private static final Kind NEWSLETTER = Kind.of(new String[] {"newsletter-", "email-signup"},
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:newsletter\\p{L}*|briefing\\p{L}*|digest|inbox|e-?mail\\p{L}*|"
          + "every (?:weekday|morning|evening|day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each (?:morning|evening|week)|"
          + "rundbrief|postfach|jeden (?:morgen|abend|tag|werktag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|"
          + "lettre|infolettre|courriel|boîte (?:mail|de réception)|chaque (?:matin|soir|semaine|jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
          + "boletín|correo|bandeja de entrada|cada (?:mañana|tarde|día|semana|lunes|martes|miércoles|jueves|viernes|sábado|domingo)|"
          + "рассылк\\p{L}*|почт\\p{L}*|дайджест\\p{L}*|каждое утро|каждый (?:день|вечер|понедельник|вторник|четверг)|каждую (?:неделю|среду|пятницу|субботу))(?![\\p{L}])"),
      "a newsletter");

  /** The kinds of box, tried in turn on each dropped line's rule. */
  private static final Kind[] KINDS = {APPEAL, NEWSLETTER};

  /** The most words of a pitch. */
  private static final int PITCH_MAX_WORDS = 70;

  /** The most words of a box's name that heads it with nothing else to vouch for it. */
  private static final int NAME_MAX_WORDS = 3;

  /** The most words of a box's heading over its pitch, and of a button. */
  private static final int SHORT_MAX_WORDS = 8;

  /**
   * Words that speak to the reader: the second person, and an imperative at the line's start
   * ("Rejoignez …", "Hazte socio …", "Помогите нам …", "Recibe cada mañana …", "Get …"). The polite German forms count in capitals
   * only, as "sie" and "ihr" in small letters are "they" and "their".
   */
  private static final Pattern ADDRESS = Pattern.compile(
      "(?u)(?<![\\p{L}])(?:(?i:you|your|yours|dich|dir|dein\\p{L}*|vous|votre|vos|toi|ton|ta|tes|tú|tu|tus|te|usted|ustedes|"
          + "вы|вас|вам|ваш\\p{L}*|\\p{L}+(?:ите|йте|ьте))|Sie|Ihr|Ihre\\p{L}*|Ihnen)(?![\\p{L}])"
          + "|^[^\\p{L}\\p{N}_]*(?i:\\p{L}+ez|\\p{L}+(?:te|nos)|únete|súmate|dona|colabora|recibe|werden|unterstützen|helfen|spenden|get|receive)(?![\\p{L}])");

  /** Drops the pitch, heading and button of each box whose line a rule of its kind dropped. */
  static void settle(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    for (int b = 0; b < n; b++) {
      Kind kind = kindOf(v[b]);
      if (kind == null) {
        continue;
      }
      // up: over the box's other dropped lines to the pitch, then its heading
      int k = b - 1;
      while (k >= 0 && !facts.blank(k) && v[k].isDrop()) {
        k--;
      }
      boolean closed = k > 0 && !facts.blank(k - 1) && v[k - 1].isDrop();
      if (k >= 0 && takes(doc, facts, v, k, PITCH_MAX_WORDS, kind)
          && (closed || opensAsName(facts, k) || ADDRESS.matcher(doc.line(k).text()).find())) {
        v[k] = Verdict.drop(id, kind.pitch());
        if (facts.words(k) > SHORT_MAX_WORDS && k > 0 && takes(doc, facts, v, k - 1, SHORT_MAX_WORDS, kind)
            && ADDRESS.matcher(doc.line(k - 1).text()).find()) {
          v[k - 1] = Verdict.drop(id, kind.heading());
        }
      }
      // down: a short button right under the box's line
      if (b + 1 < n && takes(doc, facts, v, b + 1, SHORT_MAX_WORDS, kind)) {
        v[b + 1] = Verdict.drop(id, kind.button());
      }
    }
  }

  /**
   * The kind of box whose rule dropped the line, or null: a test of the id's start, as this runs
   * over every dropped line.
   */
  private static Kind kindOf(Verdict v) {
    if (!v.isDrop() || v.ruleId() == null) {
      return null;
    }
    String id = v.ruleId();
    int local = id.indexOf('/') + 1;
    for (Kind kind : KINDS) {
      for (String start : kind.rules()) {
        if (id.startsWith(start, local)) {
          return kind;
        }
      }
    }
    return null;
  }

  /** Whether line {@code k} is a box's name alone on its line ("Morning Briefing"), opening the box after a blank line. */
  private static boolean opensAsName(LineFacts facts, int k) {
    return facts.words(k) <= NAME_MAX_WORDS && (k == 0 || facts.blank(k - 1));
  }

  /** Whether kept line {@code k}, of at most {@code maxWords} words, speaks of the box's matter. */
  private static boolean takes(Document doc, LineFacts facts, Verdict[] v, int k, int maxWords, Kind kind) {
    return !facts.blank(k) && v[k].isKeep() && v[k].ruleId() == null && facts.words(k) <= maxWords
        && kind.matter().matcher(doc.line(k).text()).find();
  }
}
