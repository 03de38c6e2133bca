package dev.winnow.cli;

/** Process entry point: runs {@link WinnowCommand} and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = WinnowCommand.commandLine(new WinnowCommand()).execute(args);
    System.out.flush();
    System.exit(code);
  }
}
