package dev.winnow.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
 * same directory, which is then renamed over the target. A crash leaves either the old file or the
 * new one, plus at worst a stray {@code .winnow-*.tmp} file.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  // Directories this process has made or seen, so a batch does not stat them for every file.
  private static final java.util.Set<Path> KNOWN_DIRS = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();
  private static final long PID = ProcessHandle.current().pid();

  /** Writes {@code bytes} to {@code target} atomically, creating parent directories. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (!KNOWN_DIRS.contains(dir)) {
      Files.createDirectories(dir);
      KNOWN_DIRS.add(dir);
    }
    // a name unique to this process and write; CREATE_NEW refuses to follow a planted file
    Path tmp = dir.resolve(".winnow-" + PID + "-" + COUNTER.incrementAndGet() + ".tmp");
    boolean moved = false;
    try {
      Files.write(tmp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Copies {@code file} to {@code backup} (atomically) unless the backup exists already, so a
   * second in-place run never overwrites the original with a cleaned copy.
   */
  public static void backupOnce(Path file, Path backup) throws IOException {
    if (Files.exists(backup)) {
      return;
    }
    write(backup, Files.readAllBytes(file));
  }
}
