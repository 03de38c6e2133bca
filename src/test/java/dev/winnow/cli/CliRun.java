package dev.winnow.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the winnow command line in-process with captured streams. */
final class CliRun {
  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CliRun withStdin(String stdin, String... args) {
    return with(root -> root.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** Runs with the root command prepared by {@code setup} (stdin, env, terminal). */
  static CliRun with(java.util.function.Consumer<WinnowCommand> setup, String... args) {
    WinnowCommand root = new WinnowCommand();
    root.stdin = new ByteArrayInputStream(new byte[0]);
    setup.accept(root);
    CommandLine cl = WinnowCommand.create(root, args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    root.stdout = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    cl.getOut().flush();
    // a command writes either messages (help, usage) or documents, so the two never interleave
    return new CliRun(code, out + bytes.toString(StandardCharsets.UTF_8), err.toString());
  }

  static CliRun run(String... args) {
    return withStdin("", args);
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
  }
}
