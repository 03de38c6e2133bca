package dev.winnow.cli;

import static dev.winnow.cli.AuditFixtures.args;
import static dev.winnow.cli.AuditFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clean --explain, --report and --max-removed. */
class CleanAuditTest {
  @TempDir Path tmp;

  @Test
  void explainShowsEveryLineWithVerdictAndRule() throws Exception {
    CliRun r = CliRun.run(args("clean", "--explain", file("lf.txt")));
    assertThat(r.code).as(r.toString()).isZero();
    String[] lines = r.out.split("\n", -1);
    assertThat(lines).hasSize(15 + 1); // one per input line, then the final newline
    assertThat(lines[0]).isEqualTo("KEEP " + " ".repeat(33) + "| Council budget approved");
    assertThat(lines[1]).isEqualTo("KEEP " + " ".repeat(33) + "| ");
    assertThat(lines[4]).isEqualTo("DROP audit/ad-label" + " ".repeat(33 - 14) + "| Advertisement");
    assertThat(lines[5]).isEqualTo("DROP winnow/blank" + " ".repeat(33 - 12) + "| ");
    assertThat(lines[14]).isEqualTo("DROP audit/copyright" + " ".repeat(33 - 15) + "| © 2024 Example Media Ltd. All rights reserved.");
    // the text after "| " is the input, line for line
    String input = Files.readString(AuditFixtures.DIR.resolve("lf.txt"));
    assertThat(r.out.lines().map(l -> l.substring(l.indexOf("| ") + 2)).toList())
        .isEqualTo(input.lines().toList());
    assertThat(r.out.lines().filter(l -> l.startsWith("DROP "))).hasSize(6);
  }

  @Test
  void explainNamesTheContextDecisionThatKeptAWeakLine() {
    CliRun r = CliRun.run(args("clean", "--explain", file("weak-close.txt")));
    assertThat(r.out).contains("\nKEEP audit/dismiss" + " ".repeat(33 - 13) + "| Close\n");
  }

  @Test
  void explainHeadsEachFileOfABatchAndRefusesOutputDirs() throws Exception {
    CliRun r = CliRun.run(args("clean", "--explain", "-j", "1", file("lf.txt"), file("unchanged.txt")));
    assertThat(r.out).startsWith("==> " + file("lf.txt") + " <==\n")
        .contains("\n==> " + file("unchanged.txt") + " <==\nKEEP ");
    CliRun bad = CliRun.run(args("clean", "--explain", "-o", tmp.toString(), file("lf.txt")));
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("--explain");
  }

  @Test
  void reportOfAnOutputDirectoryRun() throws Exception {
    AuditFixtures.copy(tmp.resolve("in"), "lf.txt", "crlf.txt", "unchanged.txt");
    Path report = tmp.resolve("report.json");
    CliRun r = CliRun.run(args("clean", tmp.resolve("in").toString(), "-o", tmp.resolve("out").toString(),
        "--report", report.toString()));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEmpty();
    JsonNode j = new ObjectMapper().readTree(report.toFile());
    assertThat(j.get("command").asText()).isEqualTo("clean");
    assertThat(j.get("files").findValuesAsText("path")).containsExactlyInAnyOrder(
        tmp.resolve("in/crlf.txt").toString(), tmp.resolve("in/lf.txt").toString(),
        tmp.resolve("in/unchanged.txt").toString());
    for (JsonNode f : j.get("files")) {
      String name = Path.of(f.get("path").asText()).getFileName().toString();
      long before = Files.size(tmp.resolve("in").resolve(name));
      long after = Files.size(tmp.resolve("out").resolve(name));
      assertThat(f.get("bytes").asLong()).isEqualTo(before);
      assertThat(f.get("removed_bytes").asLong()).as(name).isEqualTo(before - after);
    }
    JsonNode t = j.get("totals");
    assertThat(t.get("files").asInt()).isEqualTo(3);
    assertThat(t.get("changed_files").asInt()).isEqualTo(2);
    assertThat(t.get("rules").findValuesAsText("rule"))
        .containsExactly("audit/ad-label", "audit/copyright", "audit/promo-block", "audit/read-more", "winnow/blank");
    long lines = 0;
    for (JsonNode rule : t.get("rules")) {
      lines += rule.get("lines").asLong();
    }
    assertThat(lines).isEqualTo(t.get("removed_lines").asLong());
  }

  @Test
  void maxRemovedKeepsTheDocumentWholeAndWarns() throws Exception {
    CliRun r = CliRun.run(args("clean", "--max-removed", "0.5", file("mostly-boilerplate.txt")));
    assertThat(r.code).isZero();
    assertThat(r.out).isEqualTo(Files.readString(AuditFixtures.DIR.resolve("mostly-boilerplate.txt")));
    assertThat(r.err).contains("winnow: " + file("mostly-boilerplate.txt") + ": rules would remove")
        .contains("kept whole");
  }

  @Test
  void maxRemovedFailCountsTheInputAsFailed() throws Exception {
    Path report = tmp.resolve("r.json");
    CliRun r = CliRun.run(args("clean", "-j", "1", "--max-removed", "0.5", "--max-removed-action", "fail",
        "--report", report.toString(), file("mostly-boilerplate.txt"), file("unchanged.txt")));
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).isEqualTo(Files.readString(AuditFixtures.DIR.resolve("unchanged.txt")));
    assertThat(r.err).contains("1 input failed").contains("mostly-boilerplate.txt: rules would remove");
    JsonNode j = new ObjectMapper().readTree(report.toFile());
    assertThat(j.get("failures").get(0).get("path").asText()).isEqualTo(file("mostly-boilerplate.txt"));
    assertThat(j.get("totals").get("failed_files").asInt()).isEqualTo(1);
    assertThat(j.get("max_removed_action").asText()).isEqualTo("fail");
    assertThat(CliRun.run(args("clean", "--max-removed", "-0.1", file("lf.txt"))).code).isEqualTo(2);
  }
}
