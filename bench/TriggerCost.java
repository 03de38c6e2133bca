import dev.winnow.Cleaner;
import dev.winnow.rules.RuleIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which triggers of the built-in packs the literal prefilter selects on a corpus, weighted by the
 * characters of the lines they are tried on: the patterns the cleaner runs most. A cue whose
 * required literal is a common word ("for ", " to ") shows up at the top. Counts, not timings,
 * so two runs compare exactly.
 *
 *   java -cp target/winnow.jar bench/TriggerCost.java DIR [TOP] [MAX_FILES]
 */
public class TriggerCost {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    long maxFiles = args.length > 2 ? Long.parseLong(args[2]) : 3000;
    RuleIndex index = Cleaner.builtin().index();
    RuleIndex.Scratch scratch = index.newScratch();
    long[] lines = new long[index.triggers().size()];
    long[] chars = new long[lines.length];
    long total = 0;
    long candidates = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(maxFiles).toList();
    }
    for (Path f : files) {
      for (String line : Files.readAllLines(f)) {
        if (line.isBlank()) {
          continue;
        }
        total++;
        int words = line.trim().split("\\s+").length;
        int[] c = index.candidates(line, words, scratch);
        candidates += scratch.count();
        for (int k = 0; k < scratch.count(); k++) {
          lines[c[k]]++;
          chars[c[k]] += line.length();
        }
      }
    }
    System.out.printf("%d files, %d lines, %.2f candidate triggers per line, %d triggers%n",
        files.size(), total, (double) candidates / total, lines.length);
    Integer[] order = new Integer[lines.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(chars[b], chars[a]));
    System.out.println("chars     lines  trigger  pattern");
    for (int i = 0; i < Math.min(top, order.length); i++) {
      RuleIndex.Trigger t = index.triggers().get(order[i]);
      String p = t.pattern().pattern();
      System.out.printf("%-9d %-6d %s  %s%n", chars[order[i]], lines[order[i]], t.qualifiedId(),
          p.length() > 100 ? p.substring(0, 100) + "…" : p);
    }
  }
}
