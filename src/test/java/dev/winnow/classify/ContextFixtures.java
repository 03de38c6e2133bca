package dev.winnow.classify;

import dev.winnow.Cleaner;
import dev.winnow.document.Document;

/** Two sentences of news and the built-in cleaner, shared by the context pass's tests. */
final class ContextFixtures {
  private ContextFixtures() {}

  static final String PROSE1 =
      "The council voted on Tuesday to close the old swimming pool after inspectors found cracks.\n";
  static final String PROSE2 =
      "Residents said they would campaign to keep it open until a new pool is built next year.\n";

  /** The text as the built-in packs clean it. */
  static String clean(String text) {
    return Cleaner.builtin().clean(Document.of("t.txt", text)).text();
  }
}
