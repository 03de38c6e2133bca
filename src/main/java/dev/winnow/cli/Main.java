package dev.winnow.cli;

/** Process entry point: runs {@link WinnowCommand} and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Compile the built-in packs and their index on the other core while picocli parses the
    // command line.
    Thread preload = new Thread(dev.winnow.Cleaner::builtin, "winnow-preload");
    preload.setDaemon(true);
    preload.start();
    int code = WinnowCommand.commandLine(new WinnowCommand(), args).execute(args);
    System.out.flush();
    System.exit(code);
  }
}
