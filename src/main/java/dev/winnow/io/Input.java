package dev.winnow.io;

import java.nio.file.Path;

/**
 * One input to process: a file found under a root (given on the command line), or standard input.
 *
 * @param file     the file, or null for standard input
 * @param relative the path below its root, used to mirror the tree into an output directory; for a
 *                 file given directly, its file name
 */
public record Input(Path file, Path relative) {
  /** Standard input. */
  public static final Input STDIN = new Input(null, Path.of("-"));

  /** True for standard input. */
  public boolean isStdin() {
    return file == null;
  }

  /** The name shown in messages and used as the document name. */
  public String displayName() {
    return file == null ? "-" : file.toString();
  }
}
