package dev.winnow.io;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Expands command-line paths into {@link Input}s: files as they are, directories recursively (in
 * sorted order, following symbolic links but never around a loop), skipping hidden files and
 * directories and applying include and exclude globs. A glob without a slash matches the file name;
 * one with a slash matches the path below the root. Problems (a missing path, a loop, an unreadable
 * directory) go to a problem handler and the walk goes on.
 */
public final class InputWalker {
  private final List<PathMatcher> includes = new ArrayList<>();
  private final List<Boolean> includeOnName = new ArrayList<>();
  private final List<PathMatcher> excludes = new ArrayList<>();
  private final List<Boolean> excludeOnName = new ArrayList<>();
  private final boolean hidden;

  /**
   * @param includes globs a file must match (any of them); empty: every file
   * @param excludes globs a file or directory must not match
   * @param hidden   whether to enter hidden files and directories
   */
  public InputWalker(List<String> includes, List<String> excludes, boolean hidden) {
    for (String g : includes) {
      this.includes.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
      this.includeOnName.add(!g.contains("/"));
    }
    for (String g : excludes) {
      this.excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
      this.excludeOnName.add(!g.contains("/"));
    }
    this.hidden = hidden;
  }

  /** A problem met while walking: the path and what is wrong, as one line. */
  public record Problem(Path path, String message) {}

  /**
   * Walks every path, giving each input file to {@code sink} in order, and each problem to {@code
   * problems}. "-" stands for standard input.
   */
  public void walk(List<String> paths, Consumer<Input> sink, Consumer<Problem> problems) {
    for (String arg : paths) {
      if (arg.equals("-")) {
        sink.accept(Input.STDIN);
        continue;
      }
      Path p = Path.of(arg);
      if (!Files.exists(p)) {
        problems.accept(new Problem(p, "no such file or directory"));
        continue;
      }
      if (Files.isDirectory(p)) {
        walkDirectory(p, sink, problems);
      } else if (!Files.isReadable(p)) {
        problems.accept(new Problem(p, "not readable"));
      } else {
        // a file named explicitly is always taken, whatever the globs say
        sink.accept(new Input(p, p.getFileName()));
      }
    }
  }

  private void walkDirectory(Path root, Consumer<Input> sink, Consumer<Problem> problems) {
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              Path rel = root.relativize(dir);
              if ((!hidden && isHidden(dir)) || matchesAny(excludes, excludeOnName, rel)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
              }
              Path rel = root.relativize(file);
              if (!hidden && isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (!includes.isEmpty() && !matchesAny(includes, includeOnName, rel)) {
                return FileVisitResult.CONTINUE;
              }
              if (matchesAny(excludes, excludeOnName, rel)) {
                return FileVisitResult.CONTINUE;
              }
              sink.accept(new Input(file, rel));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                problems.accept(new Problem(file, "symbolic link loop, skipped"));
              } else if (e instanceof NoSuchFileException) {
                problems.accept(new Problem(file, "broken symbolic link or vanished file"));
              } else {
                problems.accept(new Problem(file, "cannot read: " + e.getMessage()));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.accept(new Problem(root, "cannot walk: " + e.getMessage()));
    }
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean matchesAny(List<PathMatcher> ms, List<Boolean> onName, Path rel) {
    for (int i = 0; i < ms.size(); i++) {
      Path target = onName.get(i) ? rel.getFileName() : rel;
      if (target != null && ms.get(i).matches(target)) {
        return true;
      }
    }
    return false;
  }
}
