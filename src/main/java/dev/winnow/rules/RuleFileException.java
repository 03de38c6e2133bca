package dev.winnow.rules;

/**
 * A rule file that cannot be used: bad YAML, an unknown key, a missing field, an invalid regex.
 * The message reads {@code file:line: problem}, ready to print as one line.
 */
public final class RuleFileException extends RuntimeException {
  private final String file;
  private final int line;
  private final String problem;

  public RuleFileException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The file (or resource) name. */
  public String file() {
    return file;
  }

  /** One-based line number, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The problem, without location. */
  public String problem() {
    return problem;
  }
}
