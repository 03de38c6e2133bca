package dev.winnow.cli;

/** The process exit codes, in one place. */
public final class ExitCodes {
  /** Everything worked (for diff: nothing would be removed). */
  public static final int OK = 0;
  /** Some inputs failed and were reported (for diff: something would be removed). */
  public static final int SOME_FAILED = 1;
  /** Bad usage or a broken rule file: nothing was done. */
  public static final int USAGE = 2;

  private ExitCodes() {}

  /** Reports bad usage or a broken rule file as one line on {@code err}; returns {@link #USAGE}. */
  static int usage(java.io.PrintWriter err, String message) {
    err.println("winnow: " + message);
    err.flush();
    return USAGE;
  }
}
