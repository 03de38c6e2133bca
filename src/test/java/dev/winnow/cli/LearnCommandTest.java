package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.learn.LearnerTest;
import dev.winnow.document.Document;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LearnCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = WinnowCommand.configure(new CommandLine(new WinnowCommand()));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path corpus() throws Exception {
    Path root = tmp.resolve("scraped");
    for (String site : List.of("site-a", "site-b")) {
      for (Document d : LearnerTest.site(site, 40, site.hashCode())) {
        Path p = root.resolve(d.name());
        Files.createDirectories(p.getParent());
        Files.writeString(p, d.text());
      }
    }
    return root;
  }

  @Test
  void learnWritesAPackThatCleanUses() throws Exception {
    Path root = corpus();
    Path pack = tmp.resolve("site-a.yaml");
    Run r = run("learn", root.resolve("site-a").toString(), "-o", pack.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("learned");
    String yaml = Files.readString(pack);
    assertThat(yaml).contains("pack: learned-site-a", "Donate now", "docs");

    Path out = tmp.resolve("clean");
    Run c = run("clean", "--no-builtin", "--rules", pack.toString(), root.resolve("site-a").toString(),
        "-o", out.toString());
    assertThat(c.code()).as(c.err()).isZero();
    String cleaned = Files.readString(out.resolve("0.txt"));
    assertThat(cleaned).doesNotContain("Donate now", "All rights reserved").contains("Paragraph 4 of story 0");

    Run test = run("rules", "test", pack.toString());
    assertThat(test.code()).as(test.out()).isZero();
  }

  @Test
  void severalGroupsNeedADirectory() throws Exception {
    Path root = corpus();
    Run r = run("learn", root.toString(), "-o", tmp.resolve("x.yaml").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("2 groups", "directory");
    Run d = run("learn", root.toString(), "-o", tmp.resolve("packs").toString());
    assertThat(d.code()).as(d.err()).isZero();
    assertThat(tmp.resolve("packs/learned-site-a.yaml")).exists();
    assertThat(tmp.resolve("packs/learned-site-b.yaml")).exists();
    Run stdout = run("learn", "-q", root.toString());
    assertThat(stdout.out()).contains("pack: learned-site-a", "---\n", "pack: learned-site-b");
    assertThat(stdout.err()).isEmpty();
  }

  @Test
  void cleanLearnRunsBothPassesAndSavesThePack() throws Exception {
    Path root = corpus();
    Path out = tmp.resolve("clean");
    Run r = run("clean", "--learn", "--save-pack", tmp.resolve("packs").toString(), root.toString(),
        "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("site-b/3.txt"))).doesNotContain("Donate now", "Example Times Ltd");
    assertThat(tmp.resolve("packs/learned-site-b.yaml")).exists();
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    Path root = corpus();
    assertThat(run("learn", "--group-by", "colour", root.toString()).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("learn", "--min-docs", "1", root.toString()).code()).isEqualTo(ExitCodes.USAGE);
    Run r = run("clean", "--save-pack", "x.yaml", root.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--save-pack needs --learn");
  }

  @Test
  void evalLearnScoresWithLearnedPacks() throws Exception {
    Path ds = tmp.resolve("ds");
    for (Document d : LearnerTest.site("site-a", 40, 9)) {
      Path raw = ds.resolve(d.name());
      Files.createDirectories(raw.getParent());
      Files.writeString(raw, d.text());
      StringBuilder gold = new StringBuilder();
      for (String l : d.text().split("\n")) {
        if (l.startsWith("Headline") || l.startsWith("Paragraph") || l.startsWith("He declined")
            || l.startsWith("LONDON") || l.startsWith("\"We")) {
          gold.append(l).append('\n');
        }
      }
      Files.writeString(raw.resolveSibling(raw.getFileName().toString().replace(".txt", ".gold.txt")), gold.toString());
    }
    Run r = run("eval", "--learn", "--no-builtin", ds.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("content recall       1.0000");
    assertThat(r.out()).containsPattern("boilerplate removal  (1\\.0000|0\\.9[7-9])");
  }
}
