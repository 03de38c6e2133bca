package dev.winnow.cli;

import static dev.winnow.cli.AuditFixtures.args;
import static dev.winnow.cli.AuditFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path tmp;

  private static CliRun run(String... args) {
    return CliRun.with(r -> {
      r.env = Map.of();
      r.terminal = false;
    }, args);
  }

  private static long count(String s, String prefix) {
    return s.lines().filter(l -> l.startsWith(prefix)).count();
  }

  @Test
  void unifiedDiffNamesRulesOnHunksAndExitsOne() {
    CliRun r = run(args("diff", file("lf.txt")));
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).startsWith("--- " + file("lf.txt") + "\n+++ " + file("lf.txt") + "\n")
        .contains("\n@@ -2,14 +2,8 @@ audit/ad-label, audit/read-more, audit/copyright\n")
        .contains("\n-Advertisement\n")
        .contains("\n-© 2024 Example Media Ltd. All rights reserved.\n")
        .contains("\n The mayor said");
    assertThat(r.err).isEmpty();
  }

  @Test
  void nothingRemovedExitsZeroWithNoOutput() {
    CliRun r = run(args("diff", file("unchanged.txt")));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEmpty();
  }

  @Test
  void failingInputExitsTwoAfterTheOthersAreShown() {
    CliRun r = run(args("diff", "-j", "1", file("lf.txt"), tmp.resolve("missing.txt").toString(), file("crlf.txt")));
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).contains("--- " + file("lf.txt")).contains("--- " + file("crlf.txt"));
    assertThat(r.err).contains("missing.txt: no such file or directory").contains("1 input failed");
  }

  @Test
  void brokenRuleFileExitsTwo() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), "pack: bad\nrules:\n  - id: x\n    lines: y\n");
    CliRun r = run("diff", "--no-builtin", "-r", bad.toString(), file("lf.txt"));
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("unknown key 'lines'");
    assertThat(r.out).isEmpty();
  }

  @Test
  void contextSetsTheUnchangedLinesAroundChanges() {
    CliRun zero = run(args("diff", "--context", "0", file("lf.txt")));
    assertThat(zero.out.lines().filter(l -> l.startsWith("@@ ")))
        .containsExactly("@@ -5,2 +4,0 @@ audit/ad-label", "@@ -9,2 +6,0 @@ audit/read-more",
            "@@ -14,2 +9,0 @@ audit/copyright");
    assertThat(count(zero.out, " ")).isZero();
    CliRun one = run(args("diff", "-U", "1", file("lf.txt")));
    assertThat(one.out.lines().filter(l -> l.startsWith("@@ ")))
        .containsExactly("@@ -4,8 +4,4 @@ audit/ad-label, audit/read-more", "@@ -13,3 +9 @@ audit/copyright");
    CliRun dflt = run(args("diff", file("lf.txt")));
    assertThat(count(dflt.out, "@@ ")).isEqualTo(1);
    assertThat(run(args("diff", "--context", "-1", file("lf.txt"))).code).isEqualTo(2);
  }

  @Test
  void noNewlineMarkerAndCrlfLines() {
    CliRun r = run(args("diff", file("no-final-newline-dropped.txt"), file("crlf.txt")));
    assertThat(r.out).contains("-© 2024 Example Media Ltd.\n\\ No newline at end of file\n")
        .contains("-PROMO START\r\n-Subscribe to our newsletter\r\n")
        .contains("@@ -2,13 +2,6 @@ audit/promo-block, audit/ad-label\n");
  }

  @Test
  void sideBySideFitsTheWidth() {
    CliRun r = run(args("diff", "--side-by-side", "--width", "60", file("lf.txt")));
    assertThat(r.code).isEqualTo(1);
    assertThat(r.out.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(60).isGreaterThan(50);
    assertThat(r.out).contains(" < [audit/ad-label]").contains("@@ -2,14 +2,8 @@");
    assertThat(r.out.lines().filter(l -> l.startsWith("Advertisement"))).hasSize(1);
    // kept text shows on both sides
    assertThat(r.out.lines().filter(l -> l.startsWith("The mayor said") && l.contains("| The mayor said"))).hasSize(1);

    CliRun cols = CliRun.with(c -> c.env = Map.of("COLUMNS", "44"), args("diff", "-y", file("lf.txt")));
    assertThat(cols.out.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(44).isGreaterThan(36);

    CliRun dflt = run(args("diff", "-y", file("lf.txt")));
    assertThat(dflt.out.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(120).isGreaterThan(100);

    assertThat(run(args("diff", "-y", "--width", "5", file("lf.txt"))).code).isEqualTo(2);
    assertThat(run(args("diff", "-y", "--stat", file("lf.txt"))).code).isEqualTo(2);
  }

  @Test
  void statListsFilesRulesAndTotals() throws Exception {
    CliRun r = run(args("diff", "--stat", "-j", "1", file("lf.txt"), file("unchanged.txt")));
    assertThat(r.code).isEqualTo(1);
    long removed = Files.size(AuditFixtures.DIR.resolve("lf.txt"))
        - run(args("clean", file("lf.txt"))).out.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    String[] lines = r.out.split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).matches(" +6 lines +" + removed + " bytes +\\d+\\.\\d% +" + java.util.regex.Pattern.quote(file("lf.txt"))
        + " +audit/ad-label:1 winnow/blank:3 audit/read-more:1 audit/copyright:1");
    assertThat(lines[1]).matches(" +0 lines +0 bytes +0\\.0% +" + java.util.regex.Pattern.quote(file("unchanged.txt")));
    assertThat(lines[2]).matches(" +6 lines +" + removed + " bytes +\\d+\\.\\d% +total: 2 files, 1 changed, 0 kept whole");
  }

  @Test
  void colorOnlyWhenAskedOrOnATerminalWithoutNoColor() {
    String red = "\u001b[31m-Advertisement";
    assertThat(run(args("diff", "--color=always", file("lf.txt"))).out).contains(red);
    assertThat(run(args("diff", "--color=never", file("lf.txt"))).out).doesNotContain("\u001b");
    assertThat(run(args("diff", file("lf.txt"))).out).doesNotContain("\u001b");
    assertThat(CliRun.with(c -> {
      c.env = Map.of();
      c.terminal = true;
    }, args("diff", file("lf.txt"))).out).contains(red);
    assertThat(CliRun.with(c -> {
      c.env = Map.of("NO_COLOR", "1");
      c.terminal = true;
    }, args("diff", file("lf.txt"))).out).doesNotContain("\u001b");
    assertThat(CliRun.with(c -> {
      c.env = Map.of("NO_COLOR", "1");
      c.terminal = true;
    }, args("diff", "--color=always", file("lf.txt"))).out).contains(red);
    assertThat(CliRun.with(c -> {
      c.env = Map.of("NO_COLOR", "1");
      c.terminal = true;
    }, args("diff", "--never-mind", file("lf.txt"))).code).isEqualTo(2);
    assertThat(run(args("diff", "--color=sometimes", file("lf.txt"))).code).isEqualTo(2);
  }

  @Test
  void standardInputIsLabelledDash() throws Exception {
    String text = Files.readString(AuditFixtures.DIR.resolve("lf.txt"));
    CliRun r = CliRun.with(c -> {
      c.env = Map.of();
      c.stdin = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }, args("diff", "-"));
    assertThat(r.code).isEqualTo(1);
    assertThat(r.out).startsWith("--- -\n+++ -\n@@ ");
  }

  @Test
  void reportWritesJsonAndPrintsNothingUnlessAsked() throws Exception {
    Path report = tmp.resolve("r.json");
    CliRun r = run(args("diff", "-j", "1", "--report", report.toString(), file("lf.txt"), file("unchanged.txt"),
        tmp.resolve("missing.txt").toString()));
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).isEmpty();
    JsonNode j = new ObjectMapper().readTree(report.toFile());
    assertThat(j.get("schema").asInt()).isEqualTo(1);
    assertThat(j.get("tool").asText()).isEqualTo("winnow");
    assertThat(j.get("command").asText()).isEqualTo("diff");
    assertThat(j.get("max_removed").isNull()).isTrue();
    assertThat(j.get("files")).hasSize(2);
    JsonNode f = j.get("files").get(0);
    assertThat(f.get("path").asText()).isEqualTo(file("lf.txt"));
    assertThat(f.get("status").asText()).isEqualTo("changed");
    assertThat(f.get("lines").asInt()).isEqualTo(15);
    assertThat(f.get("bytes").asLong()).isEqualTo(Files.size(AuditFixtures.DIR.resolve("lf.txt")));
    assertThat(f.get("removed_lines").asInt()).isEqualTo(6);
    long removed = f.get("removed_bytes").asLong();
    assertThat(f.get("removed_share").asDouble()).isCloseTo((double) removed / f.get("bytes").asLong(),
        org.assertj.core.data.Offset.offset(1e-6));
    assertThat(f.get("flag").isNull()).isTrue();
    assertThat(f.get("rules").findValuesAsText("rule"))
        .containsExactly("audit/ad-label", "winnow/blank", "audit/read-more", "audit/copyright");
    long sum = 0;
    for (JsonNode rule : f.get("rules")) {
      assertThat(rule.fieldNames()).toIterable().containsExactly("rule", "lines", "bytes", "share");
      sum += rule.get("bytes").asLong();
    }
    assertThat(sum).isEqualTo(removed);
    assertThat(j.get("files").get(1).get("status").asText()).isEqualTo("unchanged");
    assertThat(j.get("failures").get(0).get("path").asText()).endsWith("missing.txt");
    JsonNode t = j.get("totals");
    assertThat(t.get("files").asInt()).isEqualTo(2);
    assertThat(t.get("changed_files").asInt()).isEqualTo(1);
    assertThat(t.get("kept_whole_files").asInt()).isZero();
    assertThat(t.get("failed_files").asInt()).isEqualTo(1);
    assertThat(t.get("removed_lines").asLong()).isEqualTo(6);
    assertThat(t.get("removed_bytes").asLong()).isEqualTo(removed);
    assertThat(t.get("rules").get(0).get("rule").asText()).isEqualTo("audit/ad-label");
    assertThat(t.get("rules").get(0).get("files").asInt()).isEqualTo(1);

    CliRun withDiff = run(args("diff", "-u", "--report", report.toString(), file("lf.txt")));
    assertThat(withDiff.out).startsWith("--- ");
    assertThat(withDiff.code).isEqualTo(1);
  }

  @Test
  void maxRemovedKeepsWholeAndWarnsOrFails() throws Exception {
    Path report = tmp.resolve("r.json");
    CliRun keep = run(args("diff", "--max-removed", "0.5", "--report", report.toString(), "-u",
        file("mostly-boilerplate.txt")));
    assertThat(keep.code).as(keep.toString()).isZero();
    assertThat(keep.out).isEmpty();
    assertThat(keep.err).contains("mostly-boilerplate.txt: rules would remove").contains("(limit 50%): kept whole");
    JsonNode j = new ObjectMapper().readTree(report.toFile());
    assertThat(j.get("max_removed").asDouble()).isEqualTo(0.5);
    assertThat(j.get("max_removed_action").asText()).isEqualTo("keep");
    assertThat(j.get("files").get(0).get("status").asText()).isEqualTo("kept-whole");
    assertThat(j.get("files").get(0).get("flag").asText()).contains("kept whole");
    assertThat(j.get("totals").get("kept_whole_files").asInt()).isEqualTo(1);

    CliRun quiet = run(args("diff", "-q", "--max-removed", "50%", file("mostly-boilerplate.txt")));
    assertThat(quiet.err).isEmpty();

    CliRun fail = run(args("diff", "--max-removed", "0.5", "--max-removed-action=fail",
        file("mostly-boilerplate.txt"), file("lf.txt")));
    assertThat(fail.code).isEqualTo(2);
    assertThat(fail.err).contains("mostly-boilerplate.txt: rules would remove").contains("1 input failed");
    assertThat(fail.out).contains("--- " + file("lf.txt")).doesNotContain("mostly-boilerplate");

    CliRun under = run(args("diff", "--max-removed", "0.9", file("lf.txt")));
    assertThat(under.code).isEqualTo(1);
    assertThat(under.err).isEmpty();

    assertThat(run(args("diff", "--max-removed", "1.5", file("lf.txt"))).code).isEqualTo(2);
    assertThat(run(args("diff", "--max-removed", "lots", file("lf.txt"))).err).contains("--max-removed must be");
    assertThat(run(args("diff", "--max-removed-action=drop", file("lf.txt"))).code).isEqualTo(2);
  }

  @Test
  void directoryIsWalked() throws Exception {
    AuditFixtures.copy(tmp.resolve("in"), "lf.txt", "crlf.txt", "unchanged.txt");
    CliRun r = run(args("diff", "--stat", tmp.resolve("in").toString()));
    String[] lines = r.out.split("\n");
    // the order is the walker's (InputWalker documents sorted order; it is directory order today)
    assertThat(Arrays.stream(lines, 0, 3).map(l -> l.replaceAll(".*%  ", ""))).containsExactlyInAnyOrder(
        tmp.resolve("in/crlf.txt") + "  audit/promo-block:4 winnow/blank:2 audit/ad-label:1",
        tmp.resolve("in/lf.txt") + "  audit/ad-label:1 winnow/blank:3 audit/read-more:1 audit/copyright:1",
        tmp.resolve("in/unchanged.txt").toString());
    assertThat(lines[3]).endsWith("total: 3 files, 2 changed, 0 kept whole");
  }
}
