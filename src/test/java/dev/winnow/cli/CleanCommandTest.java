package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {
  static final String ARTICLE = "Kerry will meet Lavrov on Friday, officials said.\n"
      + "Advertisement\n"
      + "The talks are expected to last two days.\n"
      + "© 2024 Example Media. All rights reserved.\n";
  static final String CLEAN = "Kerry will meet Lavrov on Friday, officials said.\n"
      + "The talks are expected to last two days.\n";

  @TempDir Path tmp;

  @Test
  void stdinToStdout() {
    CliRun r = CliRun.withStdin(ARTICLE, "clean");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo(CLEAN);
    assertThat(r.err).isEmpty();
    assertThat(CliRun.withStdin(ARTICLE, "clean", "-").out).isEqualTo(CLEAN);
  }

  @Test
  void oneFileToStdout() throws Exception {
    Path f = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
    CliRun r = CliRun.run("clean", f.toString());
    assertThat(r.out).isEqualTo(CLEAN);
    assertThat(Files.readString(f)).as("input untouched").isEqualTo(ARTICLE);
  }

  @Test
  void treeMirroredIntoOutputDirectory() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("site/2024"));
    Files.writeString(in.resolve("site/2024/a.txt"), ARTICLE);
    Files.writeString(in.resolve("site/b.txt"), "Just news.\n");
    Files.writeString(in.resolve(".hidden.txt"), ARTICLE);
    Path out = tmp.resolve("out");
    CliRun r = CliRun.run("clean", in.toString(), "-o", out.toString(), "-j", "2");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(Files.readString(out.resolve("site/2024/a.txt"))).isEqualTo(CLEAN);
    assertThat(Files.readString(out.resolve("site/b.txt"))).isEqualTo("Just news.\n");
    assertThat(out.resolve(".hidden.txt")).doesNotExist();
    try (var s = Files.walk(out)) {
      assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count()).isZero();
    }
  }

  @Test
  void includeAndExcludeGlobs() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("skip"));
    Files.writeString(in.resolve("a.txt"), ARTICLE);
    Files.writeString(in.resolve("b.md"), ARTICLE);
    Files.writeString(in.resolve("skip/c.txt"), ARTICLE);
    Path out = tmp.resolve("out");
    CliRun r = CliRun.run("clean", in.toString(), "-o", out.toString(), "-g", "*.txt", "-x", "skip");
    assertThat(r.code).isZero();
    assertThat(out.resolve("a.txt")).exists();
    assertThat(out.resolve("b.md")).doesNotExist();
    assertThat(out.resolve("skip/c.txt")).doesNotExist();
  }

  @Test
  void inPlaceKeepsABackup() throws Exception {
    Path f = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
    CliRun r = CliRun.run("clean", "--in-place", f.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(Files.readString(f)).isEqualTo(CLEAN);
    assertThat(Files.readString(tmp.resolve("a.txt.orig"))).isEqualTo(ARTICLE);
    // a second run neither overwrites the backup nor touches the clean file
    CliRun again = CliRun.run("clean", "--in-place", tmp.toString());
    assertThat(again.code).isZero();
    assertThat(Files.readString(tmp.resolve("a.txt.orig"))).isEqualTo(ARTICLE);
    assertThat(tmp.resolve("a.txt.orig.orig")).doesNotExist();
  }

  @Test
  void inPlaceWithoutBackup() throws Exception {
    Path f = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
    assertThat(CliRun.run("clean", "-i", "--no-backup", f.toString()).code).isZero();
    assertThat(Files.readString(f)).isEqualTo(CLEAN);
    assertThat(tmp.resolve("a.txt.orig")).doesNotExist();
  }

  @Test
  void batchGoesOnPastBadInputsAndExitsOne() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), ARTICLE);
    Path out = tmp.resolve("out");
    CliRun r = CliRun.run("clean", in.toString(), tmp.resolve("missing.txt").toString(), "-o", out.toString());
    assertThat(r.code).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo(CLEAN);
    assertThat(r.err).contains("missing.txt: no such file or directory").contains("1 input failed");
  }

  @Test
  void binaryFilesAreSkippedWithAWarning() throws Exception {
    Path f = Files.write(tmp.resolve("img.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    CliRun r = CliRun.run("clean", f.toString());
    assertThat(r.code).isZero();
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("img.txt: skipped, binary content");
    assertThat(CliRun.run("clean", "-q", f.toString()).err).isEmpty();
  }

  @Test
  void legacyCharsetIsDetectedAndOutputIsUtf8() throws Exception {
    String ru = "Правительство объявило о новых мерах поддержки экономики региона в понедельник.\n"
        + "Реклама\n"
        + "Министр заявил, что программа начнёт работать уже в следующем месяце.\n";
    Path f = Files.write(tmp.resolve("ru.txt"), ru.getBytes(Charset.forName("windows-1251")));
    Path out = tmp.resolve("out");
    CliRun r = CliRun.run("clean", f.toString(), "-o", out.toString());
    assertThat(r.code).isZero();
    String written = new String(Files.readAllBytes(out.resolve("ru.txt")), StandardCharsets.UTF_8);
    assertThat(written).startsWith("Правительство объявило").contains("Министр заявил");
  }

  @Test
  void entitiesAndStrayTagsAreDecoded() {
    CliRun r = CliRun.withStdin("Fish &amp; chips <b>rose</b> 5&#37; in <i>May</i>.\n", "clean");
    assertThat(r.out).isEqualTo("Fish & chips rose 5% in May.\n");
    CliRun keep = CliRun.withStdin("Fish &amp; chips\n", "clean", "--keep-markup");
    assertThat(keep.out).isEqualTo("Fish &amp; chips\n");
  }

  @Test
  void userRulesAndBrokenRuleFiles() throws Exception {
    Path rules = Files.writeString(tmp.resolve("site.yaml"),
        "pack: site\nrules:\n  - id: promo\n    line: '^Buy the print edition'\n");
    CliRun r = CliRun.withStdin("News here.\nBuy the print edition today\n", "clean", "--rules", rules.toString());
    assertThat(r.out).isEqualTo("News here.\n");
    Path broken = Files.writeString(tmp.resolve("broken.yaml"),
        "pack: site\nrules:\n  - id: promo\n    line: '^Buy (the'\n");
    CliRun b = CliRun.withStdin("x\n", "clean", "--rules", broken.toString());
    assertThat(b.code).isEqualTo(ExitCodes.USAGE);
    assertThat(b.err.strip()).startsWith("winnow: " + broken + ":4: invalid regex");
    assertThat(b.err.strip().lines().count()).isEqualTo(1);
  }

  @Test
  void builtinPacksCanBeSwitchedOff() {
    assertThat(CliRun.withStdin(ARTICLE, "clean", "--no-builtin").out).isEqualTo(ARTICLE);
    assertThat(CliRun.withStdin(ARTICLE, "clean", "--no-pack", "news-en").out)
        .isEqualTo("Kerry will meet Lavrov on Friday, officials said.\nAdvertisement\nThe talks are expected to last two days.\n");
    CliRun bad = CliRun.withStdin(ARTICLE, "clean", "--pack", "nope");
    assertThat(bad.code).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err).contains("no built-in pack 'nope'");
  }

  @Test
  void usageErrorsExitTwo() {
    CliRun r = CliRun.run("clean", "--no-such-flag");
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err).contains("Unknown option");
    assertThat(CliRun.run("clean", "-o", "x", "--in-place", "y").code).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.run("clean", "-o", tmp.toString()).code).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void helpAndVersion() {
    CliRun h = CliRun.run("--help");
    assertThat(h.code).isZero();
    assertThat(h.out).contains("clean").contains("rules").contains("eval");
    assertThat(CliRun.run("--version").out).startsWith("winnow ");
    assertThat(CliRun.run("clean", "--help").out).contains("--in-place").contains("--rules");
  }

  /** Nested quantifiers over a run of capitals: exponential in the run's length (a menu-row shape). */
  private static final String EXPONENTIAL = "'^\\W*(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*[\\s|]*){4,10}$'";
  /** A line on which {@link #EXPONENTIAL} would take longer than the universe's age without the budget. */
  private static final String HOSTILE = "NEWS SPORT WORLD BUSINESS " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(3) + "!";
  private static final String PROSE = "A line of news that is long enough to read as prose here.\n";

  /** Cleans {@code input} from standard input with the pack {@code yaml}, under a time limit. */
  private CliRun cleanWithPack(String yaml, String input, String... options) throws Exception {
    Path rules = Files.writeString(tmp.resolve("pack.yaml"), yaml);
    List<String> args = new java.util.ArrayList<>(List.of("clean", "--rules", rules.toString()));
    args.addAll(List.of(options));
    return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
        () -> CliRun.withStdin(input, args.toArray(new String[0])));
  }

  @Test
  void aUserPatternThatBacktracksWithoutEndGivesUpWithAWarning() throws Exception {
    String yaml = "pack: site\nrules:\n  - id: menu-row\n    line: " + EXPONENTIAL + "\n";
    String input = PROSE + HOSTILE + "\nNews Sport World Business\n";
    CliRun r = cleanWithPack(yaml, input);
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).as("the hostile line is kept, the real menu row still goes").isEqualTo(PROSE + HOSTILE + "\n");
    assertThat(r.err.strip()).isEqualTo(
        "winnow: -: rule site/menu-row gave up on line 2: its pattern backtracks too much there (treated as no match)");
    assertThat(cleanWithPack(yaml, input, "-q").err).as("-q").isEmpty();
  }

  @Test
  void aScopeMarkerThatBacktracksWithoutEndGivesUpOnThatLineWithAWarning() throws Exception {
    // the pack applies to documents with a menu row, found by the same exponential pattern
    String yaml = "pack: site\nscope:\n  marker: " + EXPONENTIAL + "\n"
        + "rules:\n  - id: promo\n    line: 'Promo: today'\n";
    String input = PROSE + HOSTILE + "\nPromo: today\n";
    CliRun r = cleanWithPack(yaml, input);
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).as("no line is the marker, so the pack does not apply").isEqualTo(input);
    assertThat(r.err.strip()).isEqualTo("winnow: -: the scope marker of pack site gave up on line 2:"
        + " its pattern backtracks too much there (treated as no match)");
    CliRun m = cleanWithPack(yaml, "Alpha Beta Gamma Delta\n" + input, "-q");
    assertThat(m.out).as("a marker line elsewhere still puts the document in scope")
        .isEqualTo("Alpha Beta Gamma Delta\n" + PROSE + HOSTILE + "\n");
    assertThat(m.err).as("-q").isEmpty();
  }
}
