package dev.winnow.classify;

import dev.winnow.document.Document;
import dev.winnow.document.Line;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the languages winnow ships packs for a document is written in, from the function words
 * it uses, the letters that mark a language's words (ä, ñ, è, ...) and, for Russian, its script:
 * every function word, marked word or Cyrillic word is one hit. One pass over the text, no model: good enough to keep a
 * German pack's vocabulary off an English article ("die", "Ende") and cheap enough to run on every
 * document. A language counts as present when at least {@link #MIN_HITS} of its function words
 * occur; a document can be in several languages (a Russian site quoting English). The test is
 * absolute on purpose: removing lines can only take a language away, never add one, which keeps
 * cleaning idempotent.
 */
public final class Languages {
  /** Function-word occurrences a language needs to count as present. */
  public static final int MIN_HITS = 3;

  private static final Map<String, String[]> WORDS = new HashMap<>();

  static {
    // Words that are frequent in the language and rare as words of the others (no "die", "la",
    // "con", "son", "in"), so that a quoted name or a loanword does not switch a pack on.
    add("en", "the and of that was with were which been their would said have from this they there "
        + "what when who will could should about after");
    add("de", "und nicht ist sich auch dass oder wird wurde werden einer einen eines dem des zum zur "
        + "über für auf bei nach noch nur sind hat haben jetzt mehr schon wenn wie");
    add("fr", "les des une dans avec qui sont cette aux nous vous leur mais été était très pour par "
        + "pas plus du au ces votre vos notre nos elle ont qu être fait comme");
    add("es", "los las del una para por que está según pero como sus también más este esta nuestro "
        + "nuestra muy sin sobre fue han hay al su el es son entre desde");
    add("ru", "и в не на что с по как это из за от к для о но все его она он так же бы мы вы они было "
        + "быть уже при или также если только");
  }

  /** Letters that mark a word as one language's: German umlauts, Spanish ñ and acute vowels, French grave and circumflex accents and cedilla. */
  private static final Map<Character, String> MARKS = new HashMap<>();

  static {
    for (char c : "äöüß".toCharArray()) {
      MARKS.put(c, "de");
    }
    for (char c : "ñáíóú".toCharArray()) {
      MARKS.put(c, "es");
    }
    for (char c : "èêàçùâîôûëïœ".toCharArray()) {
      MARKS.put(c, "fr");
    }
  }

  private static void add(String lang, String words) {
    for (String w : words.split(" ")) {
      WORDS.merge(w, new String[] {lang}, (a, b) -> {
        String[] c = java.util.Arrays.copyOf(a, a.length + 1);
        c[a.length] = lang;
        return c;
      });
    }
  }

  private Languages() {}

  /** The languages (ISO 639-1 codes: en, de, fr, es, ru) a document is written in. */
  public static Set<String> of(Document doc) {
    Map<String, Integer> hits = new HashMap<>();
    StringBuilder word = new StringBuilder(16);
    int h = 0; // hash of the word so far, as hash(word) computes it
    String marked = null; // the language a letter of the current word marks (ä: de, ñ: es, ...)
    boolean cyrillic = false;
    int budget = 4_000; // characters: enough to tell, and bounded for very long documents
    for (Line line : doc.lines()) {
      if (budget <= 0) {
        break;
      }
      String t = line.text();
      budget -= t.length();
      for (int i = 0; i <= t.length(); i++) {
        char c = i < t.length() ? t.charAt(i) : ' ';
        if (Character.isLetter(c)) {
          char l = Character.toLowerCase(c);
          if (word.length() < 16) {
            word.append(l);
            h = 31 * h + l;
          }
          if (l >= 0x430 && l <= 0x44F) {
            cyrillic = true;
          } else if (l >= 0xE0 && marked == null) {
            marked = MARKS.get(l);
          }
        } else if (word.length() > 0) {
          String[] langs = lookup(word, h ^ (h >>> 12));
          if (langs != null) {
            for (String l : langs) {
              hits.merge(l, 1, Integer::sum);
            }
          } else if (cyrillic) {
            hits.merge("ru", 1, Integer::sum);
          } else if (marked != null) {
            hits.merge(marked, 1, Integer::sum);
          }
          word.setLength(0);
          h = 0;
          marked = null;
          cyrillic = false;
        }
      }
    }
    Set<String> out = new TreeSet<>();
    hits.forEach((lang, n) -> {
      if (n >= MIN_HITS) {
        out.add(lang);
      }
    });
    return out;
  }

  // Open-addressing table over the function words, probed with the characters of the current word
  // so that no string is made per word of the document.
  private static final String[] TABLE_WORDS = new String[1024];
  private static final String[][] TABLE_LANGS = new String[1024][];

  static {
    for (Map.Entry<String, String[]> e : WORDS.entrySet()) {
      int slot = hash(e.getKey()) & 1023;
      while (TABLE_WORDS[slot] != null) {
        slot = (slot + 1) & 1023;
      }
      TABLE_WORDS[slot] = e.getKey();
      TABLE_LANGS[slot] = e.getValue();
    }
  }

  private static int hash(CharSequence w) {
    int h = 0;
    for (int i = 0; i < w.length(); i++) {
      h = 31 * h + w.charAt(i);
    }
    return h ^ (h >>> 12);
  }

  private static String[] lookup(StringBuilder w, int hash) {
    int slot = hash & 1023;
    while (TABLE_WORDS[slot] != null) {
      String cand = TABLE_WORDS[slot];
      if (cand.contentEquals(w)) {
        return TABLE_LANGS[slot];
      }
      slot = (slot + 1) & 1023;
    }
    return null;
  }

  /** True when {@code code} names a language this class knows. */
  public static boolean known(String code) {
    return Set.of("en", "de", "fr", "es", "ru").contains(code.toLowerCase(Locale.ROOT));
  }
}
