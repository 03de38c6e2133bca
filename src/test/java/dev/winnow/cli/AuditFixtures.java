package dev.winnow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fixtures under src/test/resources/audit, and the rule pack that makes them deterministic. */
final class AuditFixtures {
  static final Path DIR = Path.of("src/test/resources/audit");
  static final Path PACK = DIR.resolve("audit.yaml");

  private AuditFixtures() {}

  static String file(String name) {
    return DIR.resolve(name).toString();
  }

  /** Arguments for the given subcommand with only the audit pack, then {@code rest}. */
  static String[] args(String command, String... rest) {
    List<String> a = new ArrayList<>(List.of(command, "--no-builtin", "-r", PACK.toString()));
    a.addAll(List.of(rest));
    return a.toArray(String[]::new);
  }

  /** Copies fixtures into a directory. */
  static void copy(Path to, String... names) throws IOException {
    Files.createDirectories(to);
    for (String n : names) {
      Files.copy(DIR.resolve(n), to.resolve(n));
    }
  }
}
