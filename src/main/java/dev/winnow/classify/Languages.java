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

  /** Characters read from the start of each line. */
  private static final int LINE_PREFIX = 200;

  private static final String[] CODES = {"en", "de", "fr", "es", "ru"};
  private static final int RU = 4;
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
    // Every line is read (up to the point where every language is present): a window over the
    // document would let a removal bring a language into view and break idempotence.
    int[] hits = new int[CODES.length];
    char[] word = new char[MAX_WORD];
    int len = 0; // letters of the current word; past MAX_WORD only counted
    int h = 0; // hash of the word so far, as hash(word) computes it
    int marked = -1; // the language a letter of the current word marks (ä: de, ñ: es, ...)
    boolean cyrillic = false;
    for (Line line : doc.lines()) {
      String t = line.text();
      // The start of each line is enough to tell its language, and looking no further keeps the
      // cost of a document of long paragraphs low. Each line still counts on its own, so removing
      // a line can only take a language away (idempotence).
      int n = Math.min(t.length(), LINE_PREFIX);
      while (n < t.length() && Character.isLetter(t.charAt(n))) {
        n++; // finish the word the limit fell in
      }
      for (int i = 0; i <= n; i++) {
        char c = i < n ? t.charAt(i) : ' ';
        char l;
        if (c < 128) {
          char f = (char) (c | 0x20);
          l = f >= 'a' && f <= 'z' ? f : 0;
        } else if (c >= 0x410 && c <= 0x44F) { // Cyrillic А-я, the common case after ASCII
          l = c < 0x430 ? (char) (c + 0x20) : c;
        } else {
          l = Character.isLetter(c) ? Character.toLowerCase(c) : 0;
        }
        if (l != 0) {
          if (len < MAX_WORD) {
            word[len] = l;
            h = 31 * h + l;
          }
          len++;
          if (l >= 0x430 && l <= 0x451) {
            cyrillic = true;
          } else if (l >= 0xE0 && marked < 0) {
            marked = markOf(l);
          }
        } else if (len > 0) {
          int langs = len <= MAX_WORD ? lookup(word, len, h ^ (h >>> 12)) : 0;
          if (langs != 0) {
            for (int k = 0; k < CODES.length; k++) {
              if ((langs & (1 << k)) != 0) {
                hits[k]++;
              }
            }
          } else if (cyrillic) {
            hits[RU]++;
          } else if (marked >= 0) {
            hits[marked]++;
          }
          len = 0;
          h = 0;
          marked = -1;
          cyrillic = false;
        }
      }
      if (allPresent(hits)) {
        break;
      }
    }
    Set<String> out = new TreeSet<>();
    for (int k = 0; k < CODES.length; k++) {
      if (hits[k] >= MIN_HITS) {
        out.add(CODES[k]);
      }
    }
    return out;
  }

  private static boolean allPresent(int[] hits) {
    for (int n : hits) {
      if (n < MIN_HITS) {
        return false;
      }
    }
    return true;
  }

  private static int markOf(char l) {
    String lang = MARKS.get(l);
    return lang == null ? -1 : indexOf(lang);
  }

  private static int indexOf(String code) {
    for (int k = 0; k < CODES.length; k++) {
      if (CODES[k].equals(code)) {
        return k;
      }
    }
    return -1;
  }

  // Open-addressing table over the function words, probed with the characters of the current word
  // so that no string is made per word of the document; values are bit masks over CODES.
  private static final String[] TABLE_WORDS = new String[1024];
  private static final int[] TABLE_LANGS = new int[1024];
  private static final int MAX_WORD;

  static {
    int max = 0;
    for (Map.Entry<String, String[]> e : WORDS.entrySet()) {
      int slot = hash(e.getKey()) & 1023;
      while (TABLE_WORDS[slot] != null) {
        slot = (slot + 1) & 1023;
      }
      TABLE_WORDS[slot] = e.getKey();
      for (String l : e.getValue()) {
        TABLE_LANGS[slot] |= 1 << indexOf(l);
      }
      max = Math.max(max, e.getKey().length());
    }
    MAX_WORD = max;
  }

  private static int hash(CharSequence w) {
    int h = 0;
    for (int i = 0; i < w.length(); i++) {
      h = 31 * h + w.charAt(i);
    }
    return h ^ (h >>> 12);
  }

  private static int lookup(char[] w, int len, int hash) {
    int slot = hash & 1023;
    while (TABLE_WORDS[slot] != null) {
      String cand = TABLE_WORDS[slot];
      if (cand.length() == len) {
        boolean same = true;
        for (int i = 0; i < len && same; i++) {
          same = cand.charAt(i) == w[i];
        }
        if (same) {
          return TABLE_LANGS[slot];
        }
      }
      slot = (slot + 1) & 1023;
    }
    return 0;
  }

  /** True when {@code code} names a language this class knows. */
  public static boolean known(String code) {
    return Set.of("en", "de", "fr", "es", "ru").contains(code.toLowerCase(Locale.ROOT));
  }
}
