package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the cost of the built-in packs on ordinary prose, by counting rather than timing: the
 * literal prefilter should hand each line of news only a few patterns to try. A new cue whose
 * required literal is a common word ("for ", " to ", "нет ") makes its pattern run on a large
 * share of all lines; it did once, and the whole batch got 25% slower with no change in output.
 * The prose is the gold text of the repository's labelled sets (articles without their
 * boilerplate). The bounds sit a little above the counts when they were last set: 5.27
 * candidates per line in all, 1.57 of them patterns that are not anchored at the line start and so
 * may scan the whole line (after eleven held-out rounds; 4.58 and 1.38 after eight, 4.20 and 1.16
 * before the first). The last three rounds' new families (menus with wide spacing, tickers,
 * captions, bios, video boxes) added 0.6 per line and cost no CPU per pass overall in one JVM
 * (bench/ab/run.sh); the cue that once cost 25% added more than that on its own. The fourteenth
 * round brought 5.73 and 1.58: 0.34 of the rise is core/bare-count, a count alone on a short line
 * ("3 418"), which has no literal and so is tried on every line of up to eight words, where it
 * fails at the line's first character unless that is a digit. The nineteenth round brought 5.87:
 * rows of counters, live-blog controls and embed placeholders, whose literals are count and
 * consent words ("views", "consent"), and capital credits, whose literal is the slash; all of them
 * anchored but the consent sentence, so the unanchored count did not move. The twentieth and
 * twenty-first rounds brought 5.90 (a language-code row that would have made it 6.35 was left out).
 * The twenty-third brought 5.95: live-blog notices ("3 new posts"), whose literals are now the
 * two words together, and newsletter pitches ("Our morning email …"), anchored at "Our". The
 * twenty-fourth brought 6.06: polls, players, consent sentences whose literals are consent words,
 * and short breadcrumbs with a slash; all anchored but the consent sentences (bench/ab/run.sh
 * measured the round's CPU per pass, see the README). The twenty-sixth brought 6.09: radio lines,
 * whose literal is the frequency ("94.1 FM"), with the listening word as a condition. The
 * twenty-seventh brought 6.11, after its cues whose literals were common words ("week", "kein ",
 * "reporters", "avec ") were taken out or spelt as two-word literals. The twenty-eighth brought
 * 6.38: menus of capitalised section names split by single spaces ("Новости Авто Недвижимость
 * Работа Афиша"), whose literals are the section names; the pattern is anchored and tests the
 * capitals first, so a line of prose fails at its first small word. The thirtieth to
 * thirty-fifth rounds brought 6.44 and 1.68: site mottos (whose literals are words of
 * independence and founding years: "independent", "since 19"), live-blog controls, paywall badges
 * and offers, app and games promos; cues whose literals would have been common words
 * ("coverage", "stories", "more on", "nos ", "je ", "article", "mitglied", "pour") were spelt as whole
 * phrases first, or left out. The thirty-ninth to forty-second rounds brought 6.46: players with
 * their durations (whose literals are media words: "audio", "listen", "▶"), embed placeholders
 * and live counters spelt as phrases, and the wire initials that close an agency story ("mst/npa"),
 * which have no literal and are tried on every line of up to 24 characters, where they fail by the
 * third character unless it is a slash. The forty-third to forty-sixth rounds brought 6.47: tip
 * lines, chart placeholders, app and paywall prompts, spelt as phrases after drafts whose literals
 * were common words ("read", "lire", "leer", "comment", "sie haben", "данные", " в месяц",
 * "чтобы увидеть") had reached 6.52. The forty-seventh to forty-ninth rounds brought 6.49: a shop
 * widget's prices and buttons, rating widgets, reader-funded appeals and metered paywalls; their
 * first drafts, with the literals "was", "было", "already ", "book ", "werde " and "купить",
 * reached 6.53. The fiftieth round (medical disclaimers, Creative Commons lines, sports and
 * health sites' promos) stayed at 6.49 once "published under" and "become a" were left out. The
 * unanchored count rose from 1.68 to 1.70 over the ninth session: medical disclaimers, licence
 * lines, tip lines, bookmakers' notices and shop prices are found anywhere in a line, each behind
 * a literal of two or more words. The tenth session's six rounds (polls, wide-spaced menus,
 * booking and dealer calls, where-to-watch boxes, weather strips, local mottos, series notes,
 * embed placeholders, live-stream links) ended at 6.499 and 1.71 once drafts with the literals
 * "check ", "your ", "since ", "даже ", "другие ", "photo", " of ", "min" and "ведущ" were spelt
 * as phrases, moved behind a rarer literal ("°", "since 19") or left out, and a paywall cue's
 * "try " went behind "month for": its drafts had reached 6.55, one of them 6.91. The eleventh
 * session ended at 6.4998 and 1.717. The twelfth found that a tenth of all prose lines met one
 * pattern for nothing: each language's line of agencies alone ("(AP)", "dpa/lnw", "Avec AFP"),
 * whose literals are the agencies' short names ("ap", "pa", "ep", "red", "avec"), sat in the
 * wire-credit rule of sixty words, so the prefilter handed it every line of prose with "pa" in
 * it. As a rule of eight words at most (wire-agencies) it is never tried on a longer line: 6.50
 * fell to 5.78 with every output the same. The bounds now sit just above the session's end,
 * 5.81 and 1.723 (follow prompts and reader-funding lines, found anywhere in a line behind
 * their networks' names and whole phrases, added 0.007 unanchored). The thirteenth session's
 * five rounds (broadcasters' plugs, read-progress lines, syndication notes and portal boxes,
 * glued share rows, picture labels, edition switchers, opinion disclaimers) kept under the same
 * bounds, 5.8499 and 1.7293: drafts reached 6.97 and 1.77 with literals that were common words
 * or were cut to a common prefix by the ten-character limit ("see", "ver", "lu", "reste",
 * "watch", "смотреть", "people", "does not n", "responsabi", "nicht die "), and went under as
 * whole phrases, with a word gate of eight, or behind a rarer literal ("@", "°", "% left").
 * The fourteenth session's where-to-watch box (a block whose heading shares its literals with
 * the where-to-watch line, so that a line with "dónde ver" now meets two patterns) and ticket
 * calls (spelt as whole phrases: "tickets sichern", "compra tus entradas") brought 5.8501; the
 * bound moved to 5.86. Its blog-theme rules stayed under it once "опубликова", "последние ",
 * "erforderli" and the one-word "Archiv" headings were left out. Its AI-summary notes, AI-assistant
 * prompts and article tools brought 5.8637 and 1.7303 (first drafts: 5.96 and 1.83, with the
 * two-letter literals "ai", "ia", "ki" and an apostrophe that the loader turns into a class, so
 * that "de l'ia" became "de l"); the bounds moved to 5.87 and 1.735. Note that of a pattern's
 * required literals the prefilter takes the set whose shortest member is longest, verbs in a
 * lookbehind included: give the set meant to lose a short member. The session's official-site
 * tools, mobile chrome and money widgets (compare-offers rows, calculators, quote strips) ended
 * at 5.8716 once their drafts' common first ten characters ("media", "page ", "search",
 * "sponsored", "contratar ", "en profite") were spelt as phrases or left out; the bound moved to
 * 5.88. Its last rules (live controls, comment rows, ad notes, paywall lines in new wordings)
 * ended the session at 5.8823 and 1.7345 (with the paid-article badge), after drafts with
 * "following ", " reached t", "sie haben " and "shared " as literals; the bound moved to 5.885. bench/ab/run.sh measured the
 * session's whole change, in three runs, at 1.00x to 1.08x the session start's CPU per pass at
 * its minimum and 0.99x to 1.04x at its median. The fifteenth session's portal rules (source
 * badges, follow-the-source buttons, republication notes) came to 5.8922 and 1.7350 after drafts
 * with " «", "plus de ce" and "más de est" as literals. "avec " stays, anchored at the line's start,
 * for a wire credit alone on its line ("avec APS"): eight lines of furniture in seven older sets.
 * The bounds moved to 5.895 and 1.737. Its later rules (weather widgets, readers' photo calls,
 * letters pages, death-notice offers, columnists' follow buttons, external maps) came to 5.8999
 * and 1.7379, after drafts with "service", " notice", "see ", "following ", "est " and "publica"
 * as literals were re-spelt; the bounds moved to 5.905 and 1.74, and with the last rules (a
 * reader-funded site's wordings, comments for subscribers) to 5.91. The seventeenth session's
 * rules (first-published notes, study references, medical disclaimers and fact-check badges in
 * new wordings, polls on one line, readers' story calls found by their e-mail address, the
 * publisher's address line, app banners, reader-funded lines, funding notes, job boards, ticket
 * offers, mobile pages' chrome) came to 5.9189 and 1.7431, after drafts with "опрос:" (which is
 * in every "Вопрос:"), "whatsapp", "telegram", "publié à l", "впервые бы", "медицинско",
 * "redaktion ", "download", "sostiene ", "jobs", "ce ", "share" and "allow" as literals; the
 * bounds moved to 5.92 and 1.745. The eighteenth session's rules (market-data delay notices in five
 * languages, one-quote market strips, comments for subscribers, event plugs ending in a call to
 * register, auto-refresh toggles and filter rows of live blogs, follow prompts naming a messenger)
 * came to 5.9208 and 1.7443, after drafts with "update", "refresh", "early", "comment", "доступн",
 * "minutos de", "conférence", "mise à jou", "actualizaci" and "les réactio" as literals were
 * re-spelt (the condition as a lookbehind behind a rare literal, or the wording left out); the
 * bound moved to 5.925. Its sports round (score strips under more labels, status-prefixed score
 * lines, league-table widgets closed by their full-table link, more betting wordings) came to
 * 5.9265, after "publi" (Spanish ad label, in every "publicó"), "jornada " and "результаты" were
 * left out; the table widget's heading words ("tabelle", "classement", "таблица") are the rest,
 * and the bound moved to 5.93. Its later rules (fantasy-game plugs, embeds that cannot be shown
 * under the reader's privacy settings, membership and app lines) came to 5.9294 and 1.7471, after
 * drafts with "d'accord", "verstanden", "got it", "primero ", "cannot be ", "kann nicht", "to view
 * it", "gehört " and "spieltag" as literals were re-spelt or left out; the unanchored bound moved
 * to 1.75 (some dozen more lines in 4,200 meet an unanchored pattern). Its rules from three more
 * sets (read progress of a live page, a Russian author box and donation rows, reporting notes,
 * a partner's ad) came to 5.9348 and 1.7493, after drafts that spelt "sponsored content by"
 * inside the ad labels' alternation (its literal became "ad": 428 more lines) and a newsletter
 * line behind "get the " were re-spelt or left out; read-progress now allows ten words ("Il vous
 * reste 62 % de ce direct à découvrir."), which lets more short lines with its literals be
 * tried. The bound moved to 5.94. Its last rounds (programme plugs, magazines' badges, gift
 * subscriptions and portrait credits, membership and app lines, comment counts and live-page
 * counts in more wordings) came to 5.9401 and 1.7505, after drafts with "plus d" (the scan folds
 * the apostrophe of "plus d'infos"), "start " and "begin ", "abonnement" (the ten-character cut
 * of "abonnement cadeau"), "agence " and "become a " as literals, and a share row's leading class
 * with "*" (which left the row's literal extraction with shorter literals: 528 more lines), were
 * re-spelt or left out; the bounds moved to 5.945 and 1.755. Its hyperlocal and membership
 * rounds (service boxes, edition labels, app banners, appeals and paywall lines in more wordings)
 * came to 5.9460 and 1.7531, after a French newsletter line that made "articles" its literal was
 * re-spelt; the bound moved to 5.95.
 * bench/ab/run.sh measured the session's whole change at 1.006x the session start's CPU per
 * pass at its minimum and 1.020x at its median on its last code (1.010x to 1.038x and 1.020x to
 * 1.085x in four earlier runs).
 * The nineteenth session's rules (shop boxes, link arrows, mottos with a founding year, location
 * prompts, appeal openers) left both figures where they were, 5.9498 and 1.7548, after drafts
 * whose literals met prose were spelt again: "akzeptiere" of a German consent button, "additional"
 * of "additional reporting:", "lesen sie " of a paywall line, a bare character class of arrows
 * (no literal at all, so the rule ran on every line: 6.95 per line until spelt as alternatives);
 * bench/ab/run.sh measured the session's change at 0.931x (min) and 0.967x (median).
 * The twentieth session's first rounds (broadcasters' pages: a station's name and motto, its
 * live player, programme grid, show plugs and studio line, key events with their age, video
 * buttons with a running time, weather banners; open-access claims in appeals; newsletter and
 * app lines in more wordings) came to 5.9527 and 1.7555 after drafts whose literals met prose
 * were spelt again: "put them b" (the ten-character cut of "put them behind", which met "put
 * them back"), "nuestros r" (of "nuestros reportajes", which met "nuestros restaurantes"),
 * "kostenlos " (of a German app button), "every week" (of "every weeknight at"), "watch the "
 * (of "watch the video"), "tonight at", an apostrophe inside a class that left a whole
 * alternation without a literal (it fell back to " paywall"), and the French time words "il y
 * a " that a shorter alternative let win; the bounds moved to 5.96 and 1.76. Its later rounds
 * (local outlets, sports, mobile, business, culture and health pages) ended at 5.9596 and
 * 1.7559, after drafts whose literals met prose were spelt again: "per e" (a German
 * newsletter's "per e-?mail"), "kostenlos " (an app button), "become one" (a membership
 * price), "newsletter" (a German newsletter's name in quotation marks), "quotes" and "delayed "
 * (market-data notes), "photo" (a French credit whose rarer part was a nested alternation),
 * "start your" (a trial without "free"), a reader rating's label with an apostrophe in a class.
 * bench/ab/run.sh measured the session's whole change at 0.992x (min) and 0.963x (median) per
 * pass, after two context steps that had run a regex on every line were reordered.
 * The twenty-first session's rules (election widgets and their method notes, lifestyle pages'
 * booking and rating widgets, tabloid galleries and autoplay notices, newsletter platforms'
 * thanks, paid-post and like lines, agency services, competitions, series labels, live controls
 * and skip links with an aside, share rows after a prompt) came to 5.9657 and 1.7593: the
 * platforms' thanks lines ("Thanks for reading …! Subscribe …", "Merci de lire … abonnez-vous")
 * take their literal from the thanks, which meet a letter's closing thanks in prose, and fail
 * there at the anchored lookbehind; drafts whose literals met prose more often were spelt again first: "jetzt " (a
 * look-up button), "how we " and "los votos" (an election page's method), "encuentra " (a
 * polling-place finder), "get a " (a dealer's quote), "tap" (a rating widget), "alle " (a
 * gallery link), "el vídeo s" (an autoplay notice), "eine klein" (an affiliate note), "likes"
 * (a platform's counters), "take " (a quiz's call), "share " (a share row's call),
 * "competitio" (a competition's label cut at ten characters), "auto" (an optional hyphen in
 * "auto-?refresh"), "to the " (a skip link), "todos los " (a series' list), the counters'
 * max-words raised from eight (the gate counts too). The bounds moved to 5.97 and 1.76.
 * bench/ab/run.sh measured the session's whole change at 1.007x (min) and 0.933x (median) per
 * pass on site-01, 1.033x and 0.958x on site-05.
 * The twenty-second session's rules for finance pages (quote boxes, price alerts, premium tiers,
 * broker warnings, webinars) and podcast and video pages (running times, episode lists,
 * transcript notes, production credits), with the comment calls and mirror notices of exile
 * outlets, came to 5.9729 and 1.7624; its later rules (syndication, institutions' pages, feeds,
 * courts, regional vocabulary) to 5.9748 and 1.7626. Drafts whose ten-character literals met
 * prose were spelt again first: "companies " (a quote box's heading), "in the com" (a comment
 * call, which met "in the Commons"), "wichtigste" and "lo más imp" (live controls), "ajouter à "
 * and "seguir " (watchlist buttons), "early" (an optional hyphen in "early-bird"), "tous les é"
 * (an episode list), "schnitt" (in "Abschnitt"), "min" (a running time, now found by its
 * seconds), "folge" and "выпуск" (words of prose), "automatisc", "t open" and "notre site" (an
 * apostrophe in a class and a cut), the Spanish "todos los ", "actualizac", "end of ",
 * "licence", "kostenlos", " appeared " and " rédaction", and a rule without any literal (titles
 * ending in a running time) was left out. The bounds moved to 5.975 and 1.765, and to 5.976 for
 * its last round's community listings (5.9757: their headings' literals meet three lines of
 * prose that no spelling tried here avoided, "determine" among them for a German heading that
 * was left out).
 * The twenty-third session's rules (sports pages, briefings, newsletters' boxes) stayed at 5.9757
 * with their literals spelt again where a cut met prose ("rate this ", "как вам ", "partager ",
 * " with a fr", "newsletter", "ist kosten", "es gratuit", "tore", "голы", "official ", "партн"),
 * but for a strip of other games' scores without a label (core/score-strip), whose only literal
 * is the separator between two games (" | ", " · "), which datelines and bylines of prose share:
 * 5.9776, and the bound moved to 5.978.
 * The twenty-fourth session's menu of a section after its name (core/labelled-menu: "Opinion:
 * Columnists | Editorials | Letters") has no literal but its separator between spaces (" · ",
 * " | ", " / ", " • "; dashes left out, as prose puts them between spaces all the time), which
 * ten lines of prose hold: 5.9800, and the bound moved to 5.981. Its motto of short fragments
 * with the founding year (core/site-motto-fragments: "Your town. Your voice. Since 1871.") is
 * spelt with the stop before the year's word (". since 1", ". seit 2"), which a German sentence
 * that opens with "Seit 2019" after another shares: 5.9803. Its notes that opinion pieces reflect
 * only their writers' view were spelt again where a cut met prose (" only the ", "отража").
 */
class PrefilterCostTest {
  @Test
  void proseLinesMeetFewPatterns() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String set : List.of("eval/set", "eval/holdout", "eval/holdout2", "eval/holdout3", "eval/holdout4", "eval/holdout5", "eval/holdout6", "eval/holdout7", "eval/holdout8")) {
      try (Stream<Path> s = Files.walk(Path.of(set))) {
        for (Path p : s.filter(f -> f.toString().endsWith(".gold.txt")).sorted().toList()) {
          for (String line : Files.readAllLines(p)) {
            if (!line.isBlank()) {
              lines.add(line);
            }
          }
        }
      } catch (java.nio.charset.MalformedInputException e) {
        // the windows-1251 trap of eval/set: its gold is UTF-8, its raw file is not read here
      }
    }
    assertThat(lines).hasSizeGreaterThan(800);

    RuleIndex index = Cleaner.builtin().index();
    RuleIndex.Scratch scratch = index.newScratch();
    long all = 0;
    long unanchored = 0;
    for (String line : lines) {
      int[] c = index.candidates(line, line.trim().split("\\s+").length, scratch);
      all += scratch.count();
      for (int k = 0; k < scratch.count(); k++) {
        if (!index.triggers().get(c[k]).anchored()) {
          unanchored++;
        }
      }
    }
    double perLine = (double) all / lines.size();
    double unanchoredPerLine = (double) unanchored / lines.size();
    assertThat(perLine).as("candidate patterns per prose line (bench/TriggerCost.java lists them)")
        .isLessThan(5.981);
    assertThat(unanchoredPerLine).as("unanchored candidate patterns per prose line").isLessThan(1.765);
  }
}
