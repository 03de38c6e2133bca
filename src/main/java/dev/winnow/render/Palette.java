package dev.winnow.render;

/**
 * ANSI colours for terminal output, or none. The CLI decides whether colour is on ({@code
 * --color}, {@code NO_COLOR}, a terminal); renderers only ask the palette to wrap text.
 */
public final class Palette {
  /** No colour at all. */
  public static final Palette PLAIN = new Palette(false);
  /** ANSI colour. */
  public static final Palette ANSI = new Palette(true);

  private static final String RESET = "\u001b[0m";

  private final boolean on;

  private Palette(boolean on) {
    this.on = on;
  }

  /** The palette for a yes/no decision. */
  public static Palette of(boolean color) {
    return color ? ANSI : PLAIN;
  }

  /** True when this palette adds escape codes. */
  public boolean enabled() {
    return on;
  }

  /** File headers: bold. */
  public String header(String s) {
    return wrap("\u001b[1m", s);
  }

  /** Hunk ranges: cyan. */
  public String range(String s) {
    return wrap("\u001b[36m", s);
  }

  /** Rule ids: yellow. */
  public String rule(String s) {
    return wrap("\u001b[33m", s);
  }

  /** Removed text: red. */
  public String removed(String s) {
    return wrap("\u001b[31m", s);
  }

  /** Secondary text: dim. */
  public String dim(String s) {
    return wrap("\u001b[2m", s);
  }

  private String wrap(String code, String s) {
    return on && !s.isEmpty() ? code + s + RESET : s;
  }
}
