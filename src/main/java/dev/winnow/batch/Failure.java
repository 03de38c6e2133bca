package dev.winnow.batch;

/**
 * An input that could not be processed, with a one-line reason.
 *
 * @param name    the input's name (a path, or "-")
 * @param message what went wrong
 */
public record Failure(String name, String message) {
  /** The line printed on standard error: {@code name: message}. */
  public String line() {
    return name + ": " + message;
  }
}
