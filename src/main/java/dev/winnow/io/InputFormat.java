package dev.winnow.io;

/** How an input's bytes are read: as scraped text or as an HTML page. */
public enum InputFormat {
  /** Decide per input, from the file extension and by sniffing the content. */
  AUTO,
  /** Scraped text, one paragraph (or page block) per line. */
  TEXT,
  /** An HTML page: its main content is extracted first. */
  HTML
}
