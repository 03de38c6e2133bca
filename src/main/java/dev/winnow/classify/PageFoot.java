package dev.winnow.classify;

import static dev.winnow.classify.PageLines.BARE_NAME;
import static dev.winnow.classify.PageLines.NAME_WORD;
import static dev.winnow.classify.PageLines.BYLINE_AFTER_LEAD;
import static dev.winnow.classify.PageLines.LABEL_MAX_WORDS;
import static dev.winnow.classify.PageLines.endsLikeSentence;
import static dev.winnow.classify.PageLines.firstProse;
import static dev.winnow.classify.PageLines.isProse;
import static dev.winnow.classify.PageLines.nextNonBlank;
import static dev.winnow.classify.PageLines.prevNonBlank;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;

/**
 * Context steps for the foot of the page, under the article's last sentence: the author's box
 * that repeats the byline's name, and rows of tags.
 */
final class PageFoot {
  private PageFoot() {}

  // Where settleAuthorBox looks, in words: the byline (a line of at most 12 words) within the first
  // lines after the first sentence; a box of 6 to 100 words (a bio with its e-mail and Signal number).
  private static final int BOX_MIN_WORDS = 6;
  private static final int BOX_MAX_WORDS = 100;
  private static final int BYLINE_MAX_WORDS = 12;

  /**
   * A name after a byline's word, with its academic titles ("By Owen Teague", "Eine Kolumne von
   * Lena Wiesinger", "Von Dr. Miriam Szabo", "Текст: Ксения Лаптева", "Un article de Rémi Astier").
   */
  private static final java.util.regex.Pattern BYLINE_NAME = java.util.regex.Pattern.compile(
      "(?:(?<![\\p{L}\\p{N}_])(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)\\s+|(?:Автор|АВТОР|Текст|ТЕКСТ)\\s*:?\\s*|"
          + "(?<![\\p{L}\\p{N}_])(?:[Uu]n article|[Uu]n reportage|[Uu]ne chronique|[Uu]n artículo|[Uu]n reportaje|[Uu]na crónica) de\\s+)"
          + "((?:(?:Dr|Prof|PD)\\.\\s+){0,2}" + BARE_NAME.pattern() + ")");

  /** A second writer after the first in a byline ("… und Merve Kaya", "… and Tom Ellery"). */
  private static final java.util.regex.Pattern CO_AUTHOR = java.util.regex.Pattern.compile(
      "\\s*(?:,|\\s(?:und|and|et|y|и|&))\\s+(" + BARE_NAME.pattern() + ")");

  /** Between the writers of a byline ("Lea Hartung, Matthias Bohn", "Ana Ruiz y Pablo Sanz"). */
  private static final java.util.regex.Pattern NAME_SEPARATOR =
      java.util.regex.Pattern.compile("\\s*,\\s*|\\s+(?:und|and|et|y|и|&)\\s+");

  /** A short note in brackets after a writer's name ("(now)", "(earlier)", "(Madrid)"). */
  private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("\\s*\\([^()]{1,15}\\)");

  /** The text without its short notes in brackets. */
  private static String withoutNotes(String t) {
    return t.indexOf('(') < 0 ? t : NOTE.matcher(t).replaceAll("");
  }

  /** Two or three writers' names and nothing else. */
  private static final java.util.regex.Pattern NAME_LIST = java.util.regex.Pattern.compile(
      BARE_NAME.pattern() + "(?:(?:" + NAME_SEPARATOR.pattern() + ")" + BARE_NAME.pattern() + "){1,2}");

  /** A byline without its word that gives where the writer is ("Amara Okafor in Nairobi", "Иван Петров в Киеве"). */
  private static final java.util.regex.Pattern NAME_IN_PLACE = java.util.regex.Pattern.compile(
      "(" + BARE_NAME.pattern() + ") (?:in|à|en|в|во) \\p{Lu}[\\p{L}'’.-]+");

  /** A byline without its word: two capitalised words of a name, perhaps a third, then the role. */
  private static final java.util.regex.Pattern NAME_THEN_ROLE = java.util.regex.Pattern.compile(
      "(" + NAME_WORD + "\\s+" + NAME_WORD + ")(\\s+" + NAME_WORD + ")?\\s");

  /**
   * Words of a newsroom role or beat: a bio under a bare-name byline must have one, and a role
   * line under a writer's name at the page's top has one (ContextPass). Endings are letters of
   * any script ({@code \\p{L}*}): {@code \\w} is ASCII here, so "корреспондент\\w*" missed
   * "корреспондентка".
   */
  static final java.util.regex.Pattern NEWSROOM = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{N}_])(?:reporter\\p{L}*|correspondent|editor|journalist\\p{L}*|writer|columnist|covering|covers|redakteur\\p{L}*|"
          + "korrespondent\\p{L}*|kolumnist\\p{L}*|autor\\p{L}*|journaliste|rédact[\\p{L}\\p{N}_]+|correspondant\\p{L}*|"
          + "chroniqueu[\\p{L}\\p{N}_]+|couvre|periodista|redactor\\p{L}*|corresponsal|columnista|cubre|журналист\\p{L}*|"
          + "корреспондент\\p{L}*|редактор\\p{L}*|обозревател\\p{L}*|колумнист\\p{L}*|contributor|contributing|colabora\\p{L}*|"
          + "collabor[\\p{L}\\p{N}_]+|mitarbeiter\\p{L}*|сотрудничает|critic|film critic|kritiker\\p{L}*|critique|crítico|crítica|критик\\p{L}*)(?![\\p{L}\\p{N}_])");

  /** The suffix of the rule that names an author box's heading (core/author-box-heading). */
  private static final String AUTHOR_BOX_HEADING = "/author-box-heading";

  /**
   * The author's box under its heading ("Über die Autorin: Jana Wöstmann", "Sobre la autora: …",
   * "About the author"): the heading is a weak line, which alone between kept lines stays, and the
   * bio right under it (no blank line between) opens with the writer's role rather than the name
   * ("Redakteurin im Lokalressort. Berichtet seit 2016 …"), so {@link #settleAuthorBox} cannot find
   * it. In the second half of the page, a heading that a rule named as the author box's, with a
   * kept line of the box's size under it ({@link #BOX_MIN_WORDS} to {@link #BOX_MAX_WORDS} words)
   * that has a newsroom word ({@link #NEWSROOM}) or opens with what the writer writes about
   * ({@link #BIO_VERB}), goes with that line. A line under "Zur Person" that says nothing of a
   * newsroom is a portrait's, and stays.
   */
  static void settleBioUnderHeading(Document doc, LineFacts facts, Verdict[] v, String[] weak, int n) {
    for (int i = n / 2; i + 1 < n; i++) {
      String id = v[i].isDrop() ? v[i].ruleId() : weak[i];
      if (id == null || !id.endsWith(AUTHOR_BOX_HEADING)) {
        continue;
      }
      int bio = i + 1;
      if (facts.blank(bio) || v[bio].isDrop() || facts.quoted(bio)
          || facts.words(bio) < BOX_MIN_WORDS || facts.words(bio) > BOX_MAX_WORDS
          || !(NEWSROOM.matcher(doc.line(bio).text()).find() || BIO_VERB.matcher(doc.line(bio).text()).lookingAt())) {
        continue;
      }
      String reason = "context: the author's box under its heading";
      v[i] = Verdict.drop(id, reason);
      v[bio] = Verdict.drop(id, reason);
    }
  }

  /**
   * The author's box under an article opens with the byline's name ("Owen Teague is deputy editor
   * of FreightLine Today, covering warehousing …", "Lena Wiesinger ist Redakteurin im
   * Kulturressort …", "Ксения Лаптева — студентка третьего курса …"), where the article never
   * names its own writer. So a kept line in the second half of the page that opens with the full
   * name of the byline (a byline word and the name, near the top), then a verb, a dash or a
   * comma, and runs 6 to 60 more words, goes. A byline that is a bare name ("Kaveh Samadi") could
   * also be a person the story is about: then the line needs a newsroom word as well (reporter,
   * Redakteurin, journaliste, periodista, корреспондент) or says what the writer writes about. A
   * newsroom's byline ("Redacción El Pacífico Sur / Oaxaca") counts as a name, and its bio may
   * follow the name with a full stop when it has a newsroom word ("Redacción El Pacífico Sur.
   * Equipo de reporteros …"). The box's label and its bio on one line ("Über die Autorin: Svenja
   * Kordes berichtet …") go with or without a byline, when the bio names a newsroom role or the
   * byline's writer. The byline itself stays.
   */
  static void settleAuthorBox(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    int lead = firstProse(facts, v, n);
    java.util.List<String> named = new java.util.ArrayList<>();
    java.util.List<String> bare = new java.util.ArrayList<>();
    for (int i = 0; i < Math.min(n, lead + BYLINE_AFTER_LEAD); i++) {
      if (facts.blank(i) || v[i].isDrop() || facts.words(i) > BYLINE_MAX_WORDS) {
        continue;
      }
      String t = doc.line(i).text().strip();
      String plain = withoutNotes(t);
      java.util.regex.Matcher m = BYLINE_NAME.matcher(t);
      java.util.regex.Matcher placed = NAME_IN_PLACE.matcher(t);
      java.util.regex.Matcher team = TEAM_BYLINE.matcher(t);
      if (m.find()) {
        named.add(m.group(1));
        // "Von Jonas Albrecht und Merve Kaya": every writer of the byline
        java.util.regex.Matcher more = CO_AUTHOR.matcher(t);
        int at = m.end(1);
        while (at < t.length() && more.find(at) && more.start() == at) {
          named.add(more.group(1));
          at = more.end();
        }
      } else if (facts.words(i) <= LABEL_MAX_WORDS && BARE_NAME.matcher(t).matches()) {
        bare.add(t);
      } else if (placed.matches()) {
        bare.add(placed.group(1)); // "Amara Okafor in Nairobi"
      } else if (NAME_LIST.matcher(plain).matches()) {
        // "Lea Hartung, Matthias Bohn", a live blog's "Rachel Okafor (now) and Ben Hurley
        // (earlier)": every writer of a byline without its word
        for (String name : NAME_SEPARATOR.split(plain)) {
          bare.add(name.strip());
        }
      } else if (team.matches()) {
        // "Redacción El Pacífico Sur / Oaxaca de Juárez": the newsroom's name as the byline
        named.add(t.substring(0, team.end(1)));
      } else if (NEWSROOM.matcher(t).find()) {
        // "Helen Marsh Environment correspondent": a name, then the role, no byline word
        java.util.regex.Matcher lead2 = NAME_THEN_ROLE.matcher(t);
        if (lead2.lookingAt()) {
          bare.add(lead2.group(1));
          if (lead2.group(2) != null) {
            bare.add(lead2.group(1) + lead2.group(2));
          }
        }
      }
    }
    boolean byline = !(named.isEmpty() && bare.isEmpty());
    for (int i = Math.max(lead + 1, n / 2); i < n; i++) {
      if (facts.blank(i) || v[i].isDrop() || facts.quoted(i)
          || facts.words(i) < BOX_MIN_WORDS || facts.words(i) > BOX_MAX_WORDS) {
        continue;
      }
      String t = doc.line(i).text().strip();
      java.util.regex.Matcher label = ABOUT_LABEL.matcher(t);
      if (hasLabelSeparator(t) && label.lookingAt()) {
        // "Über die Autorin: Svenja Kordes berichtet seit 2016 …": the box's heading and its bio on one line
        String bio = t.substring(label.end());
        if (NEWSROOM.matcher(bio).find() || opensWithName(bio, named) || opensWithName(bio, bare)) {
          v[i] = Verdict.drop(id, "context: the author's box, after its label");
        }
        continue;
      }
      if (!byline) {
        continue;
      }
      boolean newsroom = NEWSROOM.matcher(t).find();
      boolean bioVerb = BIO_VERB.matcher(t).find();
      if (opensWithName(t, named) || (opensWithName(t, bare) && (newsroom || bioVerb))
          || (newsroom && opensWithNameAndStop(t, named))
          || ((newsroom || bioVerb || COVERS.matcher(t).find()) && (opensWithGivenName(t, named) || opensWithGivenName(t, bare)))) {
        if (DISCLOSURE.matcher(t).find()) {
          continue; // "Harriet Colley travelled as a guest of the tourist board": the story's disclosure
        }
        int above = PageLines.prevNonBlank(facts, i - 1);
        if (above >= 0 && v[above].isKeep() && METHOD_HEADING.matcher(doc.line(above).text()).find()) {
          continue; // "How this story was reported" / "Eliza Trenholm travelled to …": the story's method
        }
        v[i] = Verdict.drop(id, "context: the author's box, opening with the byline's name");
        // the box may give the name on a line of its own first ("Priya Sandhu" / "Priya is the
        // Courier's transport reporter …")
        int name = PageLines.prevNonBlank(facts, i - 1);
        if (name > lead && v[name].isKeep() && isBylineName(doc.line(name).text().strip(), named, bare)) {
          v[name] = Verdict.drop(id, "context: the author's box, the byline's name");
        }
      } else if (NEWSROOM.matcher(t).lookingAt() || NEWSROOM_START.matcher(t).lookingAt() || BIO_VERB.matcher(t).lookingAt()
          || (CONTINUED_BIO.matcher(t).lookingAt() && (newsroom || bioVerb))) {
        // the name on a line of its own, right above a bio that opens with the role or goes on
        // from the name ("Tobias Lenhardt" / "Redakteur für IT-Sicherheit. Schreibt seit 2016 …";
        // "Lea Hartung" / "ist Redakteurin im Ressort Gesellschaft …")
        int name = i - 1;
        String above = doc.line(name).text().strip();
        if (name > lead && !facts.blank(name) && v[name].isKeep() && isBylineName(above, named, bare)) {
          v[name] = Verdict.drop(id, "context: the author's box, the byline's name");
          v[i] = Verdict.drop(id, "context: the author's box, under the byline's name");
        }
      }
    }
  }

  /**
   * A writer's disclosure of who paid for the trip or the meals, which the article owes its
   * readers and which opens with the byline's name as a bio does ("… travelled as a guest of the
   * tourist board", "… paid for all meals mentioned in this article", "… reiste auf Einladung von …").
   */
  private static final java.util.regex.Pattern DISCLOSURE = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{N}_])(?:travell?ed (?:as a guest of|with (?:the )?support of|courtesy of|at the invitation of)|was (?:a )?guest of|paid for (?:all |his |her |their )?(?:meals|the trip|travel|accommodation)|"
          + "trip was (?:paid for|provided|funded) by|reiste auf einladung|reiste mit unterstützung|war gast (?:von|des|der)|hat (?:alle )?(?:mahlzeiten|die reise) selbst bezahlt|"
          + "a voyagé à l[’']invitation|était l[’']invitée? de|a payé (?:tous )?(?:ses|les) repas|viajó (?:invitad[oa] por|por invitación de|con la ayuda de)|pagó (?:todas )?(?:sus|las) comidas|"
          + "поездка (?:оплачена|организована)|ездил[аи]? по приглашению)");

  /**
   * A heading over a note on how the story was reported ("How this story was reported", "Comment
   * nous avons travaillé", "So haben wir recherchiert", "Cómo hicimos este reportaje", "Как мы
   * работали над материалом"), whose note opens with the writer's name and is the story's.
   */
  private static final java.util.regex.Pattern METHOD_HEADING = java.util.regex.Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}_]*(?:how (?:this|the|we) (?:story|article|report|investigation)? ?(?:was )?(?:reported|made|done|did this)|how we reported (?:this|the) (?:story|article)|"
          + "comment (?:nous avons|on a) (?:travaillé|enquêté)|comment cet article a été réalisé|so haben wir recherchiert|wie wir recherchiert haben|"
          + "cómo (?:hicimos|se hizo|elaboramos) (?:este|el) (?:reportaje|artículo|trabajo)|как мы (?:работали|делали) (?:над )?(?:материал\\p{L}*|текст\\p{L}*|расследовани\\p{L}*))[^\\p{L}\\p{N}_]*$");

  /** The start of a bio that opens with the role, after an article or an adjective ("Freier Journalist", "Senior reporter"). */
  private static final java.util.regex.Pattern NEWSROOM_START = java.util.regex.Pattern.compile(
      "(?iu)(?:(?:a|an|the|ein|eine|un|une|el|la|freie[rs]?|leitende[rs]?|senior|chief|staff|stellvertretende[rs]?|"
          + "\\p{L}+(?:ский|ская|ный|ная|ой|ий))\\s+){1,2}"
          + NEWSROOM.pattern().substring("(?iu)".length()));

  /**
   * The label of an author's box that runs on into the bio on the same line ("Über die Autorin:",
   * "About the author —", "Sobre la autora:", "Об авторе:"): the heading words of
   * core/author-box-heading, then a colon or a dash.
   */
  private static final java.util.regex.Pattern ABOUT_LABEL = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}_]*(?:about the (?:author|writer)|sobre (?:el autor|la autora)|über (?:den autor|die autorin)|à propos de l[’'](?:auteure?|autrice)|об авторе|zur person)\\s*[:：—–-]\\s*");

  // How far into a line the about-the-author label's separator may stand ("À propos de l'autrice :").
  private static final int LABEL_SEPARATOR_WITHIN = 32;

  /**
   * Whether a colon or a dash stands near the line's start, as after an about-the-author label:
   * a cheap test that spares every other line of the page's second half the label's pattern.
   */
  private static boolean hasLabelSeparator(String t) {
    for (int k = 0, end = Math.min(t.length(), LABEL_SEPARATOR_WITHIN); k < end; k++) {
      char c = t.charAt(k);
      if (c == ':' || c == '：' || c == '—' || c == '–' || c == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * A newsroom's name as the byline ("Redacción El Pacífico Sur / Oaxaca de Juárez", "Redaktion
   * Stadtbote"): the newsroom's word and one to four capitalised words, perhaps a place after a
   * separator. Group 1 ends the name.
   */
  private static final java.util.regex.Pattern TEAM_BYLINE = java.util.regex.Pattern.compile(
      "(?:Redacción|Redaktion|Rédaction|Редакция)\\s+\\p{Lu}[\\p{L}'’.-]*((?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})(?:\\s*[/,|·–—]\\s*.{0,40})?");

  /**
   * What a writer writes about ("Пишет о биологии …", "Writes about housing …", "Schreibt über
   * …", "Escribe sobre …"): a bio that opens with it under the byline's name on a line of its
   * own, or under the box's heading; a bio that opens with a bare byline's name and says it
   * anywhere ("Гульшат Мингазова работает в «Вестнике» с 2015 года, пишет о медицине …").
   */
  private static final java.util.regex.Pattern BIO_VERB = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:пишет (?:о|об|про)|writes (?:about|on)|schreibt (?:über|seit|für)|écrit (?:sur|pour)|escribe (?:sobre|para|de)|"
          + "has covered|has reported on|reports on|berichtet (?:seit|über|für|aus)|testet (?:seit|für)|rezensiert (?:seit|für)|couvre|cubre|освещает)\\s");

  /**
   * Whether {@code t} opens with one of the names and a full stop, then a capitalised sentence
   * ("Redacción El Pacífico Sur. Equipo de reporteros …"): the caller asks for a newsroom word too.
   */
  private static boolean opensWithNameAndStop(String t, java.util.List<String> names) {
    for (String name : names) {
      if (t.startsWith(name) && t.length() > name.length() + 2 && t.charAt(name.length()) == '.'
          && t.charAt(name.length() + 1) == ' ' && Character.isUpperCase(t.charAt(name.length() + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code t} opens with one of the names, then a word in lower case, a dash, a comma or
   * a bracket ("Iñigo Larrañaga (Bilbao, 1988) cubre …").
   */
  /** Whether {@code t} is the name of one of the byline's writers. */
  private static boolean isBylineName(String t, java.util.List<String> named, java.util.List<String> bare) {
    return named.contains(t) || bare.contains(t);
  }

  /**
   * A bio that goes on from the name on the line above it, with a verb in small letters ("ist
   * Redakteurin im Ressort Gesellschaft …", "is the Courier's transport reporter").
   */
  private static final java.util.regex.Pattern CONTINUED_BIO = java.util.regex.Pattern.compile("(?:ist|is|est|es|war|was|—|–)\\s");

  /** What a writer covers, right after the given name ("Hannah covers schools, colleges …"). */
  private static final java.util.regex.Pattern COVERS = java.util.regex.Pattern.compile("^\\p{Lu}\\p{L}+ covers ");

  /** An article or a title that opens a newsroom's name, not a person's given name ("The Courier"). */
  private static final java.util.regex.Pattern NOT_GIVEN_NAME = java.util.regex.Pattern.compile(
      "(?iu)the|a|an|le|la|les|el|los|las|der|die|das|un|una|une|mr|mrs|ms|dr");

  /**
   * Whether {@code t} opens with the given name of one of the names (of two words or more), then a
   * word in small letters ("Priya is the Courier's transport reporter", "Hannah covers schools …").
   */
  private static boolean opensWithGivenName(String t, java.util.List<String> names) {
    for (String name : names) {
      int space = name.indexOf(' ');
      if (space > 1 && t.length() > space + 2 && t.startsWith(name.substring(0, space + 1))
          && Character.isLowerCase(t.charAt(space + 1)) && !NOT_GIVEN_NAME.matcher(name.substring(0, space)).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensWithName(String t, java.util.List<String> names) {
    for (String name : names) {
      if (t.startsWith(name) && t.length() > name.length() + 2) {
        char c = t.charAt(name.length());
        char d = t.charAt(name.length() + 1);
        if ((c == ' ' && (Character.isLowerCase(d) || d == '—' || d == '–' || d == '(')) || c == ',') {
          return true;
        }
      }
    }
    return false;
  }

  /** An item of a row of tags: one to four words, the first capitalised ("Sécurité civile", "Navidad 2025"). */
  private static final String TAG_ITEM = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*+(?: [\\p{L}\\p{N}'’.&-]++){0,3}";

  /** A tag in small letters after the row's first, set apart by a bullet or wide spacing ("Хоккей · плей-офф · …"). */
  private static final String LOWER_TAG_ITEM = "\\p{Ll}[\\p{L}\\p{N}'’.&-]*+(?: [\\p{L}\\p{N}'’.&-]++){0,3}";

  /**
   * A row of three to eight tags split by wide spacing, a bullet or a comma ("Incendies  Var
   * Pompiers  Sécurité civile"); after the first, a tag in small letters needs a bullet or wide
   * spacing before it.
   */
  private static final java.util.regex.Pattern TAG_ROW = java.util.regex.Pattern.compile(
      "[^\\p{L}\\p{N}_]*" + TAG_ITEM + "(?:(?: {2,}|\\s*[·•|,]\\s*)" + TAG_ITEM + "|(?: {2,}|\\s*[·•|]\\s*)" + LOWER_TAG_ITEM
          + "){2,7}[^\\p{L}\\p{N}_]*");

  // The most words a row of tags has.
  private static final int TAG_ROW_MAX_WORDS = 16;

  /**
   * A row of tags without a label ("Reyes Magos  Navidad 2025  Cortes de tráfico") sits after the
   * article's last sentence, among the furniture of the page's foot: a kept row of three to eight
   * capitalised items split by wide spacing or bullets goes when it lies below the last kept line
   * of prose and a line a rule removed stands right above or below it (blank lines aside). A list
   * inside the story stands above the story's last sentence.
   */
  static void settleTagRows(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    int last = lastSentence(doc, facts, v, n);
    if (last < 0) {
      return;
    }
    for (int i = last + 1; i < n; i++) {
      if (facts.blank(i) || v[i].isDrop() || facts.words(i) > TAG_ROW_MAX_WORDS
          || !TAG_ROW.matcher(doc.line(i).text()).matches()) {
        continue;
      }
      int above = prevNonBlank(facts, i - 1);
      int below = nextNonBlank(facts, i + 1, n);
      if ((below < n && v[below].isDrop()) || (above >= 0 && v[above].isDrop())) {
        v[i] = Verdict.drop(id, "context: a row of tags at the page's foot");
      }
    }
  }

  /** The article's last kept line of prose that ends like a sentence, or -1: the page's foot lies below it. */
  private static int lastSentence(Document doc, LineFacts facts, Verdict[] v, int n) {
    int last = n - 1;
    while (last >= 0 && !(isProse(facts, v, last) && endsLikeSentence(doc.line(last).text().strip()))) {
      last--;
    }
    return last;
  }

  /** The fewest and most words of a headline left over from a rail at the page's foot. */
  private static final int RAIL_HEADLINE_MIN_WORDS = 4;
  private static final int RAIL_HEADLINE_MAX_WORDS = 16;

  /**
   * A rail of headlines at the page's foot may lose only its heading and first headline to a rule
   * ("Читайте по теме" / "Акции нефтяников выросли …", which a read-more rule takes as one link
   * with its headline; "More health news", a section's name): the headlines after them stay, between
   * that removed line above and the footer's removed lines below. Below the article's last
   * sentence, a run of kept lines shaped as headlines (four to sixteen words, no full stop, colon
   * or exclamation at the end) goes when a removed line stands right above it and a removed line or
   * the page's end right below it (blank lines aside), and no kept line further down ends like a
   * sentence. The article's own last lines end as sentences, and a subheading has its paragraph
   * under it.
   */
  static void settleRailTail(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    int last = lastSentence(doc, facts, v, n);
    if (last < 0) {
      return;
    }
    int i = last + 1;
    while (i < n) {
      if (!isRailHeadline(doc, facts, v, i)) {
        i++;
        continue;
      }
      int start = i;
      int end = i;
      for (int k = nextNonBlank(facts, i + 1, n); k < n && isRailHeadline(doc, facts, v, k); k = nextNonBlank(facts, k + 1, n)) {
        end = k;
      }
      int above = prevNonBlank(facts, start - 1);
      int below = nextNonBlank(facts, end + 1, n);
      if (above > last && v[above].isDrop() && (below >= n || v[below].isDrop()) && !sentenceBelow(doc, facts, v, end, n)) {
        for (int k = start; k <= end; k++) {
          if (!facts.blank(k)) {
            v[k] = Verdict.drop(id, "context: the rest of a rail of headlines at the page's foot");
          }
        }
      }
      i = end + 1;
    }
  }

  /** Whether a kept line below {@code end} ends like a sentence: the article goes on there, short as it is. */
  private static boolean sentenceBelow(Document doc, LineFacts facts, Verdict[] v, int end, int n) {
    for (int k = end + 1; k < n; k++) {
      if (!facts.blank(k) && v[k].isKeep() && endsLikeSentence(doc.line(k).text().strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRailHeadline(Document doc, LineFacts facts, Verdict[] v, int i) {
    if (facts.blank(i) || v[i].isDrop() || facts.quoted(i) || facts.words(i) < RAIL_HEADLINE_MIN_WORDS
        || facts.words(i) > RAIL_HEADLINE_MAX_WORDS) {
      return false;
    }
    String t = doc.line(i).text().strip();
    if (Character.isDigit(t.charAt(0)) || PageLines.DATE.matcher(t).find() || PageLines.BYLINE.matcher(t).lookingAt()) {
      return false; // a ranked list's item; a print edition's or a broadcast's date, a byline: the article's own foot
    }
    return t.endsWith("?") || !(endsLikeSentence(t) || t.endsWith(":"));
  }
}
