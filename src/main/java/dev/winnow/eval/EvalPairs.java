package dev.winnow.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds (raw, gold) pairs in a dataset directory. Three layouts are understood:
 *
 * <ul>
 *   <li>{@code NAME.txt} beside {@code NAME.gold.txt} (winnow's own evaluation set);
 *   <li>{@code NNNN.raw.txt} beside {@code NNNN.clean.txt} (the Turku line-label data);
 *   <li>a directory with {@code input_text_wetlike/} and {@code GoldStandard_plain/} holding files
 *       of the same name (CleanPortalEval, Mozilla Readability pages), or with {@code
 *       documents_with_line_duplicates/} and {@code documents_line_deduplicated/} (the CS336
 *       line-deduplication fixtures).
 * </ul>
 */
public final class EvalPairs {
  private EvalPairs() {}

  /** All pairs below {@code root}, sorted by name. */
  public static List<EvalPair> find(Path root) {
    List<EvalPair> out = new ArrayList<>();
    Path wet = root.resolve("input_text_wetlike");
    Path gold = root.resolve("GoldStandard_plain");
    if (!Files.isDirectory(wet) && Files.isDirectory(root.resolve("documents_with_line_duplicates"))) {
      wet = root.resolve("documents_with_line_duplicates");
      gold = root.resolve("documents_line_deduplicated");
    }
    if (Files.isDirectory(wet) && Files.isDirectory(gold)) {
      for (Path raw : list(wet)) {
        Path g = gold.resolve(raw.getFileName().toString());
        if (Files.isRegularFile(g)) {
          out.add(new EvalPair(raw.getFileName().toString(), raw, g));
        }
      }
      return out;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        Path raw = null;
        if (name.endsWith(".gold.txt")) {
          raw = p.resolveSibling(name.substring(0, name.length() - ".gold.txt".length()) + ".txt");
        } else if (name.endsWith(".clean.txt")) {
          raw = p.resolveSibling(name.substring(0, name.length() - ".clean.txt".length()) + ".raw.txt");
        }
        if (raw != null && Files.isRegularFile(raw)) {
          out.add(new EvalPair(root.relativize(raw).toString(), raw, p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
