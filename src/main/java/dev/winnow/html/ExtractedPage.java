package dev.winnow.html;

import java.util.List;
import java.util.Objects;

/**
 * The main content of one page.
 *
 * @param title the page's title (og:title, else the document title), "" when none; never part of
 *     {@link #blocks()}
 * @param blocks the content blocks in document order
 */
public record ExtractedPage(String title, List<Block> blocks) {
  public ExtractedPage {
    title = title == null ? "" : title;
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
  }

  /** The blocks' texts joined with "\n", one block a line, without the title. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (sb.length() > 0) sb.append('\n');
      sb.append(b.text());
    }
    return sb.toString();
  }
}
