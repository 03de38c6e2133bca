package dev.winnow.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
  @TempDir Path tmp;

  private List<String> walk(InputWalker w, List<String> problems, String... paths) {
    List<String> found = new ArrayList<>();
    w.walk(List.of(paths), in -> found.add(in.relative().toString().replace('\\', '/')),
        p -> problems.add(p.message()));
    return found;
  }

  @Test
  void sortedRecursiveAndHiddenSkipped() throws Exception {
    Files.createDirectories(tmp.resolve("b/d"));
    Files.createDirectories(tmp.resolve(".git"));
    Files.writeString(tmp.resolve("b/d/z.txt"), "x");
    Files.writeString(tmp.resolve("b/a.txt"), "x");
    Files.writeString(tmp.resolve("a.txt"), "x");
    Files.writeString(tmp.resolve(".hidden.txt"), "x");
    Files.writeString(tmp.resolve(".git/config"), "x");
    List<String> problems = new ArrayList<>();
    assertThat(walk(new InputWalker(List.of(), List.of(), false), problems, tmp.toString()))
        .containsExactly("a.txt", "b/a.txt", "b/d/z.txt");
    assertThat(walk(new InputWalker(List.of(), List.of(), true), problems, tmp.toString()))
        .contains(".hidden.txt", ".git/config");
    assertThat(problems).isEmpty();
  }

  @Test
  void symlinkLoopIsReportedNotFollowed() throws Exception {
    Files.createDirectories(tmp.resolve("a"));
    Files.writeString(tmp.resolve("a/x.txt"), "x");
    Files.createSymbolicLink(tmp.resolve("a/loop"), tmp.resolve("a"));
    List<String> problems = new ArrayList<>();
    assertThat(walk(new InputWalker(List.of(), List.of(), false), problems, tmp.toString()))
        .containsExactly("a/x.txt");
    assertThat(problems).containsExactly("symbolic link loop, skipped");
  }

  @Test
  void globsOnNameOrPath() throws Exception {
    Files.createDirectories(tmp.resolve("site/old"));
    Files.writeString(tmp.resolve("site/a.txt"), "x");
    Files.writeString(tmp.resolve("site/a.html"), "x");
    Files.writeString(tmp.resolve("site/old/b.txt"), "x");
    List<String> problems = new ArrayList<>();
    assertThat(walk(new InputWalker(List.of("*.txt"), List.of("site/old"), false), problems, tmp.toString()))
        .containsExactly("site/a.txt");
  }

  @Test
  void missingPathIsAProblem() {
    List<String> problems = new ArrayList<>();
    assertThat(walk(new InputWalker(List.of(), List.of(), false), problems, tmp.resolve("nope").toString())).isEmpty();
    assertThat(problems).containsExactly("no such file or directory");
  }
}
