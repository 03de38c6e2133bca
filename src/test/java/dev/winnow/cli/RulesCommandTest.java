package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
  @TempDir Path tmp;

  @Test
  void listShowsBuiltinPacksAndRules() {
    CliRun r = CliRun.run("rules", "list");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("news-en (").contains("moscowtimes/appeal-block").contains("core/repeated-line");
  }

  @Test
  void testPassesAndFails() throws Exception {
    Path good = Files.writeString(tmp.resolve("good.yaml"), """
        pack: good
        rules:
          - id: promo
            line: '^Buy the print edition'
            examples:
              drop: ["Buy the print edition today"]
              keep: ["Buyers of the print edition fell."]
        """);
    CliRun ok = CliRun.run("rules", "test", good.toString());
    assertThat(ok.code).as(ok.toString()).isZero();
    assertThat(ok.out).contains("ok   good: 2 examples, 0 failed").contains("2 passed, 0 failed");

    Path bad = Files.writeString(tmp.resolve("bad.yaml"), """
        pack: bad
        rules:
          - id: promo
            line: '^Buy'
            examples:
              keep: ["Buy low, sell high, the adage goes."]
        """);
    CliRun fail = CliRun.run("rules", "test", bad.toString());
    assertThat(fail.code).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(fail.out).contains("FAIL bad").contains("bad/promo: keep example");
  }

  @Test
  void builtinExamplesPass() {
    CliRun r = CliRun.run("rules", "test");
    assertThat(r.code).as(r.out).isZero();
    assertThat(r.out).contains(" 0 failed");
  }

  @Test
  void brokenFileExitsTwo() throws Exception {
    Path broken = Files.writeString(tmp.resolve("b.yaml"), "pack: b\nrules:\n  - id: x\n    lines: y\n");
    CliRun r = CliRun.run("rules", "test", broken.toString());
    assertThat(r.code).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err).contains("b.yaml:4: unknown key 'lines'");
  }
}
