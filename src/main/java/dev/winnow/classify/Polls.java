package dev.winnow.classify;

import static dev.winnow.classify.PageLines.endsLikeSentence;
import static dev.winnow.classify.PageLines.nextNonBlank;
import static dev.winnow.classify.PageLines.prevNonBlank;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import java.util.regex.Pattern;

/**
 * Readers' polls set between an article's paragraphs: a question to the reader over two to six
 * short answers to pick from, perhaps under a "Poll" label and over a vote button.
 *
 * <p>A question over short lines is also an article's own list ("What to pack?" over "Sunscreen",
 * "A hat"), and an interview's question over its answer, so a question is a poll only when its
 * answers read as choices: one of them opens with a yes or a no ("Да, экономлю на всем", "Sí, en
 * toda la ciudad"), or two of them are amounts ("Weniger als 30 Prozent", "30 bis 40 Prozent"), or
 * a poll's label stands right above the question. The answers follow the question line by line,
 * none ends like a sentence (an interview's "Sí." does) and none opens with a dash (a dialogue's
 * turn does). Answers that all end with their share of the vote, with no label above and no
 * button below, are a survey's results the article reports; so are two answers or more that give
 * a figure after a label and a colon ("Was kostet das?" / "Sofortmaßnahmen: 380.000 Euro"), the
 * article's own facts under its question.
 */
final class Polls {
  private Polls() {}

  /** The most answers a poll offers. */
  private static final int MAX_ANSWERS = 6;

  /** The most words of one answer. */
  private static final int ANSWER_MAX_WORDS = 8;

  /** The most words of a poll's question. */
  private static final int QUESTION_MAX_WORDS = 30;

  /** A poll's label on a line of its own ("Sondage", "Umfrage", "Опрос дня"). */
  private static final Pattern LABEL = Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}_]*(?:(?:quick |reader |readers' |our |today's )?poll|umfrage(?: des tages)?|leserumfrage|abstimmung|"
          + "sondage(?: du jour)?|notre sondage|encuesta(?: del día)?|sondeo|опрос(?: дня)?|голосование)[^\\p{L}\\p{N}_]*$");

  /** An answer that opens with a yes, a no or a don't-know. */
  private static final Pattern YES_NO = Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}_]*(?:yes|no|not sure|don't know|oui|non|ne sais pas|je ne sais pas|ja|nein|weiß nicht|"
          + "sí|si|no sé|да|нет|не знаю|затрудняюсь)(?![\\p{L}\\p{N}])");

  /** An answer that is an amount or a range ("Mehr als 40 Prozent", "30 bis 40 Prozent"). */
  private static final Pattern AMOUNT = Pattern.compile(
      "(?iu)\\d|^[^\\p{L}\\p{N}_]*(?:less than|more than|under|over|weniger als|mehr als|unter|über|moins de|plus de|"
          + "menos de|más de|меньше|больше|более|менее|до|от)\\s");

  /**
   * An answer that ends with its share of the vote after a dash, a colon or a bracket ("Олег
   * Ветлугин («Партия Созидания») — 44%", "Labour: 34 %"); a choice of range ("30 bis 40
   * Prozent") has none.
   */
  private static final Pattern SHARE = Pattern.compile(
      "(?iu)(?:[—–:]|[»)\"”])\\s*\\d{1,3}(?:[.,]\\d{1,2})?\\s?(?:%|prozent|pour cent|por ciento|per cent|percent|процент[\\p{L}\\p{N}_]*)[^\\p{L}\\p{N}_]*$");

  /** A label, a colon and a figure ("Abono mensual general: 30 €", "Sofortmaßnahmen: 380.000 Euro"). */
  private static final Pattern LABELLED_FIGURE = Pattern.compile("^[^:]{2,40}:\\s*[^\\s\\d]{0,3}\\d");

  /** A vote or results button under the answers. */
  private static final Pattern BUTTON = Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}_]*(?:vote(?: now)?|submit(?: vote)?|see results|view results|abstimmen|jetzt abstimmen|"
          + "ergebnis(?:se)? (?:anzeigen|ansehen)|voter|je vote|votez|voir les résultats|votar|vota|"
          + "ver (?:los )?resultados|голосовать|проголосовать|(?:посмотреть|показать) результаты)[^\\p{L}\\p{N}_]*$");

  /** Drops each poll: its label, question, answers and button. */
  static void settle(Document doc, LineFacts facts, Verdict[] v, String contextId, int n) {
    for (int q = 0; q < n; q++) {
      if (!isQuestion(doc, facts, v, q)) {
        continue;
      }
      int last = q;
      int amounts = 0;
      int shares = 0;
      int figures = 0;
      boolean yesNo = false;
      while (last + 1 < n && last - q < MAX_ANSWERS && isAnswer(doc, facts, v, last + 1)) {
        last++;
        String t = doc.line(last).text();
        yesNo |= YES_NO.matcher(t).find();
        amounts += AMOUNT.matcher(t).find() ? 1 : 0;
        shares += SHARE.matcher(t).find() ? 1 : 0;
        figures += LABELLED_FIGURE.matcher(t.strip()).find() ? 1 : 0;
      }
      int answers = last - q;
      // more answers than a poll offers (the loop stopped at the limit, not at a non-answer): a list
      if (answers < 2 || (answers == MAX_ANSWERS && last + 1 < n && isAnswer(doc, facts, v, last + 1))) {
        continue;
      }
      int label = prevNonBlank(facts, q - 1);
      boolean labelled = label >= 0 && v[label].isKeep() && LABEL.matcher(doc.line(label).text()).find();
      if (!labelled && !yesNo && amounts < 2) {
        continue;
      }
      int button = nextNonBlank(facts, last + 1, n);
      boolean buttoned = button < n && v[button].isKeep() && BUTTON.matcher(doc.line(button).text()).find();
      // every answer with its share of the vote, and neither label nor button: the article
      // reports a survey's question and its results ("Олег Ветлугин («Партия Созидания») — 44%")
      if (!labelled && !buttoned && (shares == answers || figures >= 2)) {
        continue;
      }
      if (buttoned) {
        last = button;
      }
      for (int i = labelled ? label : q; i <= last; i++) {
        if (facts.words(i) > 0 && v[i].isKeep()) {
          v[i] = Verdict.drop(contextId, "context: a readers' poll, its question and its answers");
        }
      }
      q = last;
    }
  }

  /** A kept question of a few words, on a line of its own, not a quotation or a dialogue's turn. */
  private static boolean isQuestion(Document doc, LineFacts facts, Verdict[] v, int q) {
    if (!v[q].isKeep() || facts.words(q) < 3 || facts.words(q) > QUESTION_MAX_WORDS || facts.quoted(q)) {
      return false;
    }
    String t = doc.line(q).text().strip();
    return t.endsWith("?") && !isTurn(t);
  }

  /** A kept short line that does not end like a sentence and is no dialogue's turn. */
  private static boolean isAnswer(Document doc, LineFacts facts, Verdict[] v, int i) {
    if (!v[i].isKeep() || facts.words(i) == 0 || facts.words(i) > ANSWER_MAX_WORDS || facts.quoted(i)) {
      return false;
    }
    String t = doc.line(i).text().strip();
    return !endsLikeSentence(t) && !isTurn(t);
  }

  /** A line that opens with a dash, as an interview's or a dialogue's turns do. */
  private static boolean isTurn(String t) {
    char c = t.charAt(0);
    return c == '—' || c == '–' || c == '-' || c == '―';
  }
}
