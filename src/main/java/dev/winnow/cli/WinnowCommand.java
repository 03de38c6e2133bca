package dev.winnow.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code winnow} command: a holder for the subcommands. */
@Command(
    name = "winnow",
    mixinStandardHelpOptions = true,
    versionProvider = WinnowCommand.Version.class,
    description = "Separates the body of scraped news articles from site boilerplate.",
    subcommands = {
      CleanCommand.class,
      LearnCommand.class,
      RulesCommand.class,
      EvalCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    footer = {"", "Exit codes: 0 ok, 1 some inputs failed, 2 usage or rule-file error."})
public final class WinnowCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard input for "-"; tests replace it. */
  InputStream stdin = System.in;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A configured command line: UTF-8 output streams, the exit codes of {@link ExitCodes}, and
   * one-line error messages for bad usage.
   */
  public static CommandLine commandLine(WinnowCommand root) {
    CommandLine cl = new CommandLine(root);
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return configure(cl);
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

  /** Reads the version from the jar manifest, or says "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = WinnowCommand.class.getPackage().getImplementationVersion();
      return new String[] {"winnow " + (v == null ? "0.1.0" : v)};
    }
  }
}
