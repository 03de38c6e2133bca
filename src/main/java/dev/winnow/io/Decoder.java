package dev.winnow.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text: a byte-order mark wins; otherwise valid UTF-8 is UTF-8; otherwise a legacy
 * charset is detected (juniversalchardet: windows-1251, KOI8-R, ISO-8859-x, windows-125x, Shift_JIS,
 * ...), falling back to windows-1252, which decodes any byte. Binary content is refused.
 */
public final class Decoder {
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private Decoder() {}

  /** Thrown for content that is not text. */
  public static final class BinaryContentException extends Exception {
    public BinaryContentException(String message) {
      super(message);
    }
  }

  /**
   * True when the bytes look binary: a NUL byte, or many control characters, in the first 8 KiB.
   * UTF-16 with a BOM is text and is checked before this.
   */
  public static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 27) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  /** Decodes bytes, or throws when they are binary. */
  public static Decoded decode(byte[] bytes) throws BinaryContentException {
    return decode(bytes, null);
  }

  /**
   * Decodes bytes with a forced charset, or with detection when {@code forced} is null.
   *
   * @throws BinaryContentException when the content is not text
   */
  public static Decoded decode(byte[] bytes, Charset forced) throws BinaryContentException {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
    }
    if (forced != null) {
      return new Decoded(new String(bytes, forced), forced, "forced");
    }
    if (looksBinary(bytes)) {
      throw new BinaryContentException("binary content (NUL or control bytes)");
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8");
    }
    // Short texts fool statistical detectors (windows-1251 read as MacCyrillic, say), so the
    // detector's guess competes with the common legacy charsets on how plausible the text reads.
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    java.util.LinkedHashSet<Charset> candidates = new java.util.LinkedHashSet<>();
    String name = detector.getDetectedCharset();
    if (name != null) {
      try {
        Charset cs = Charset.forName(name);
        if (!cs.equals(StandardCharsets.UTF_8)) {
          candidates.add(cs);
        }
      } catch (RuntimeException e) {
        // unknown to this JVM: ignore the guess
      }
    }
    for (String c : LEGACY) {
      candidates.add(Charset.forName(c));
    }
    Charset best = FALLBACK;
    String bestText = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Charset cs : candidates) {
      String text = new String(bytes, cs);
      double score = plausibility(text);
      if (score > bestScore) {
        best = cs;
        bestText = text;
        bestScore = score;
      }
    }
    return new Decoded(bestText, best, best.equals(FALLBACK) ? "fallback" : "detected");
  }

  /** Letters of the alphabets that legacy charsets mostly carry: Latin, Latin-1, Latin Extended-A, Russian. */
  private static boolean commonLetter(char d) {
    return d < 0x250 || (d >= 0x410 && d <= 0x44F) || d == 0x401 || d == 0x451;
  }

  /** Legacy charsets tried when bytes are not UTF-8, most common first. */
  private static final String[] LEGACY = {
    "windows-1252", "windows-1251", "KOI8-R", "windows-1250", "ISO-8859-15", "IBM866"
  };

  /**
   * How much a decoding reads like natural text: words in one script and in a normal case shape
   * score; mixed-script or oddly cased words, symbols and control characters cost.
   */
  static double plausibility(String text) {
    double score = 0;
    int n = Math.min(text.length(), 64 * 1024);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int start = i;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        boolean mixed = false;
        int upper = 0;
        boolean upperAfterLower = false;
        boolean seenLower = false;
        while (i < n && Character.isLetter(text.charAt(i))) {
          char d = text.charAt(i);
          if (Character.UnicodeScript.of(d) != script) {
            mixed = true;
          }
          if (!commonLetter(d)) {
            score -= 1;
          }
          if (Character.isUpperCase(d)) {
            upper++;
            if (seenLower) {
              upperAfterLower = true;
            }
          } else {
            seenLower = true;
          }
          i++;
        }
        int len = i - start;
        score += (mixed || upperAfterLower) ? -2 : 1;
        if (len > 1 && upper == len) {
          score += 0.5; // acronyms are fine
        }
        continue;
      }
      int type = Character.getType(c);
      boolean inWord = i > 0 && i + 1 < n && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1));
      if (inWord && (type == Character.CURRENCY_SYMBOL || type == Character.MATH_SYMBOL
          || type == Character.DASH_PUNCTUATION || type == Character.OTHER_PUNCTUATION) && c != '-' && c != '\'' && c != '.') {
        score -= 3;
      }
      if (type == Character.OTHER_SYMBOL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
          || (type == Character.CONTROL && !Character.isWhitespace(c)) || type == Character.MODIFIER_SYMBOL) {
        score -= 3;
      }
      i++;
    }
    return score;
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  private static String strictUtf8(byte[] bytes) {
    // The JDK's replacing decoder is several times faster than a reporting CharsetDecoder (it has
    // intrinsics for ASCII runs); it turns every malformed sequence into U+FFFD, so text without
    // U+FFFD was valid, and only text holding one needs the strict decoder to tell.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    CharsetDecoder d =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = d.decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
