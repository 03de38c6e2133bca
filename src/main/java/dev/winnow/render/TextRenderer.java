package dev.winnow.render;

import dev.winnow.Cleaned;

/** Renders the cleaned text: the kept lines, unchanged, with their original endings. */
public final class TextRenderer {
  private TextRenderer() {}

  /** The cleaned text of a document. */
  public static String render(Cleaned cleaned) {
    return cleaned.text();
  }
}
