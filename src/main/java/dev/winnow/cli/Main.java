package dev.winnow.cli;

/** Process entry point: runs {@link WinnowCommand} and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Compile the built-in packs and their index on the other core while picocli parses the
    // command line, for the commands that clean (not for --version or help).
    if (args.length > 0 && java.util.Set.of("clean", "diff", "eval").contains(args[0])) {
      Thread preload = new Thread(dev.winnow.Cleaner::builtin, "winnow-preload");
      preload.setDaemon(true);
      preload.start();
    }
    WinnowCommand root = new WinnowCommand();
    picocli.CommandLine cl = WinnowCommand.commandLine(root, args);
    int code = cl.execute(args);
    cl.getOut().flush();
    root.stdout.flush();
    System.exit(code);
  }
}
