package dev.winnow.html;

import java.util.List;

/** The main content of a page: title and blocks in document order. */
public record ExtractedPage(String title, List<Block> blocks) {
  /** Blocks joined with newlines, one block per line, without the title. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      sb.append(b.text()).append('\n');
    }
    return sb.toString();
  }
}
