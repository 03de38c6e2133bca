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

  /** Writes {@code bytes} to {@code target} atomically, creating parent directories. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".winnow-", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
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
