package dev.winnow.document;

/**
 * One line of a {@link Document}: its text without the line ending, the ending itself (so that kept
 * lines can be written back byte for byte), and where it sits in the source.
 *
 * @param index     zero-based line number in the document
 * @param text      the line's text, without its line ending
 * @param ending    the line ending that followed it: "\n", "\r\n", "\r" or "" for the last line
 * @param start     offset of the first character in {@link Document#text()}
 * @param paragraph zero-based paragraph number (paragraphs are separated by blank lines)
 */
public record Line(int index, String text, String ending, int start, int paragraph) {

  /** True when the line holds only whitespace. */
  public boolean isBlank() {
    return text.isBlank();
  }

  /** Offset just past the line's text (before its ending). */
  public int end() {
    return start + text.length();
  }

  /** The line as it appeared in the source, ending included. */
  public String raw() {
    return text + ending;
  }
}
