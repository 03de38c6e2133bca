package dev.winnow.learn;

import dev.winnow.document.Document;

/**
 * What learning needs of one document: the key of each non-blank line, in order, with its text and
 * place. Computing it is the costly part of learning and needs no shared state, so worker threads
 * make digests and one thread feeds them to a {@link Learner}.
 *
 * @param name   the document's name
 * @param keys   the {@link LineKey} of each non-blank line ({@link LineKey#NONE} for lines without a letter)
 * @param texts  the text of each non-blank line
 * @param lines  the index in the document of each non-blank line
 */
public record Digest(String name, long[] keys, String[] texts, int[] lines) {

  /** The digest of a document. */
  public static Digest of(Document doc) {
    int n = doc.size();
    int nb = 0;
    for (int i = 0; i < n; i++) {
      if (!doc.line(i).isBlank()) {
        nb++;
      }
    }
    long[] keys = new long[nb];
    String[] texts = new String[nb];
    int[] lines = new int[nb];
    for (int i = 0, k = 0; i < n; i++) {
      String t = doc.line(i).text();
      if (t.isBlank()) {
        continue;
      }
      keys[k] = LineKey.of(t);
      texts[k] = t;
      lines[k++] = i;
    }
    return new Digest(doc.name(), keys, texts, lines);
  }

  /** Number of non-blank lines. */
  public int size() {
    return keys.length;
  }
}
