package dev.winnow.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Expands command-line paths into {@link Input}s: files as they are, directories recursively (in
 * name order, following symbolic links but never around a loop), skipping hidden files and
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
    walk(root, root, new java.util.HashSet<>(), sink, problems);
  }

  /**
   * Depth-first, entries in name order (so output order is the same on every file system).
   * Symbolic links are followed; {@code ancestors} holds the file keys of the directories on the
   * current path, so a link back to one of them is reported as a loop instead of followed.
   */
  private void walk(Path root, Path dir, java.util.Set<Object> ancestors, Consumer<Input> sink,
      Consumer<Problem> problems) {
    Object key;
    try {
      key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      problems.accept(new Problem(dir, "cannot read: " + e.getMessage()));
      return;
    }
    if (key != null && !ancestors.add(key)) {
      problems.accept(new Problem(dir, "symbolic link loop, skipped"));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        entries.add(p);
      }
    } catch (IOException e) {
      problems.accept(new Problem(dir, "cannot list: " + e.getMessage()));
      if (key != null) {
        ancestors.remove(key);
      }
      return;
    }
    entries.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
    for (Path p : entries) {
      Path rel = root.relativize(p);
      if (!hidden && isHidden(p)) {
        continue;
      }
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        problems.accept(new Problem(p, "broken symbolic link or vanished file"));
        continue;
      } catch (IOException e) {
        problems.accept(new Problem(p, "cannot read: " + e.getMessage()));
        continue;
      }
      if (attrs.isDirectory()) {
        if (!matchesAny(excludes, excludeOnName, rel)) {
          walk(root, p, ancestors, sink, problems);
        }
      } else if (attrs.isRegularFile()) {
        if ((includes.isEmpty() || matchesAny(includes, includeOnName, rel))
            && !matchesAny(excludes, excludeOnName, rel)) {
          sink.accept(new Input(p, rel));
        }
      }
    }
    if (key != null) {
      ancestors.remove(key);
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
