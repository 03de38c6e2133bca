package dev.winnow.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code winnow} command: a holder for the subcommands. */
@Command(
    name = "winnow",
    mixinStandardHelpOptions = true,
    versionProvider = WinnowCommand.Version.class,
    description = "Separates the body of scraped news articles from site boilerplate.",
    footer = {"", "Exit codes: 0 ok, 1 some inputs failed, 2 usage or rule-file error.",
        "winnow diff, like diff: 0 nothing would be removed, 1 something would, 2 trouble."})
public final class WinnowCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard input for "-"; tests replace it. */
  InputStream stdin = System.in;

  /**
   * Standard output as bytes, where commands stream documents (UTF-8 encoded on the worker
   * threads, so the writing thread only copies bytes); tests replace it. Messages, help and
   * reports go through picocli's writer, which writes to the same stream. A PrintStream, so that
   * a reader that went away (a pipe into {@code head}) ends output quietly, as with the writer.
   */
  java.io.PrintStream stdout = System.out;

  /** The environment (NO_COLOR, COLUMNS, TERM); tests replace it. */
  Map<String, String> env = System.getenv();

  /** Whether standard output is a terminal, for --color=auto; tests replace it. */
  boolean terminal = System.console() != null;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The subcommands, in the order help lists them (Main reads their annotations ahead). */
  static final Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, java.util.function.Supplier<Object>> subcommands() {
    Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("clean", CleanCommand::new);
    m.put("learn", LearnCommand::new);
    m.put("diff", DiffCommand::new);
    m.put("rules", RulesCommand::new);
    m.put("eval", EvalCommand::new);
    m.put("generate-completion", AutoComplete.GenerateCompletion::new);
    return m;
  }

  /**
   * The command line for these arguments, configured (see {@link #configure}). Building picocli's
   * model of a subcommand costs start-up time, so when the first argument names a subcommand only
   * that one is registered; {@code --version} alone gets none; help, completion and anything
   * else get them all.
   */
  public static CommandLine create(WinnowCommand root, String... args) {
    CommandLine cl = new CommandLine(root);
    String first = args.length > 0 ? args[0] : "";
    if (SUBCOMMANDS.containsKey(first) && !first.equals("generate-completion")) {
      cl.addSubcommand(first, SUBCOMMANDS.get(first).get());
    } else if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
      // the version needs no subcommand
    } else {
      SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
    }
    return configure(cl);
  }

  /**
   * A configured command line writing UTF-8 to the process's standard streams, for these
   * arguments.
   */
  public static CommandLine commandLine(WinnowCommand root, String... args) {
    CommandLine cl = create(root, args);
    // System.out flushes through a small buffer on every write; documents go to the file
    // descriptor through one large buffer instead, flushed when a command is done.
    root.stdout = new java.io.PrintStream(new java.io.BufferedOutputStream(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
    cl.setOut(new PrintWriter(new OutputStreamWriter(root.stdout, StandardCharsets.UTF_8), false));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cl;
  }

  /** Applies winnow's exit codes and error handling to a command line (tests set their own streams). */
  public static CommandLine configure(CommandLine cl) {
    cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.USAGE);
    cl.setExecutionExceptionHandler((ex, line, parse) -> {
      line.getErr().println("winnow: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      line.getErr().flush();
      return ExitCodes.USAGE;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("winnow: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      c.getErr().flush();
      return ExitCodes.USAGE;
    });
    return cl;
  }

  /** winnow's version: from the jar manifest, or 0.1.0 when run from classes. */
  static String version() {
    String v = WinnowCommand.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  /** Reads the version from the jar manifest, or says "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"winnow " + version()};
    }
  }
}
