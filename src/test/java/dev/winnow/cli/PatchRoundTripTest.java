package dev.winnow.cli;

import static dev.winnow.cli.AuditFixtures.args;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff that winnow prints, applied by patch(1) to the originals, gives clean's output byte for byte. */
class PatchRoundTripTest {
  static final String[] FILES = {"lf.txt", "crlf.txt", "no-final-newline-dropped.txt",
      "no-final-newline-kept.txt", "mixed-endings.txt", "unchanged.txt"};

  @TempDir Path tmp;

  @Test
  void patchTurnsTheOriginalsIntoTheCleanedFiles() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/patch")), "/usr/bin/patch is not installed");
    Path work = tmp.resolve("work");
    AuditFixtures.copy(work, FILES);
    // the diff names the files as given (here absolute paths): patch -pN strips the directories
    List<String> diffArgs = new ArrayList<>(List.of(args("diff", "--color=never")));
    for (String f : FILES) {
      diffArgs.add(work.resolve(f).toString());
    }
    CliRun diff = CliRun.run(diffArgs.toArray(String[]::new));
    assertThat(diff.code).as(diff.toString()).isEqualTo(1);
    assertThat(diff.out).contains("\\ No newline at end of file\n").contains("\r\n");
    Path patchFile = tmp.resolve("winnow.patch");
    Files.writeString(patchFile, diff.out, StandardCharsets.UTF_8);

    Process p = new ProcessBuilder("/usr/bin/patch", "-p" + (work.getNameCount() + 1), "--batch", "--input", patchFile.toString())
        .directory(work.toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(log + "\n" + diff.out).isZero();
    assertThat(log).doesNotContain("offset").doesNotContain("fuzz");

    for (String f : FILES) {
      CliRun clean = CliRun.run(args("clean", AuditFixtures.file(f)));
      assertThat(Files.readAllBytes(work.resolve(f))).as(f)
          .isEqualTo(clean.out.getBytes(StandardCharsets.UTF_8));
    }
  }

}
