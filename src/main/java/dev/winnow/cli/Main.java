package dev.winnow.cli;

import dev.winnow.Cleaner;
import dev.winnow.html.HtmlExtractor;
import dev.winnow.io.DocumentReader;
import dev.winnow.io.InputFormat;
import dev.winnow.render.TextRenderer;
import java.nio.charset.StandardCharsets;

/** Process entry point: runs {@link WinnowCommand} and exits with its code. */
public final class Main {
  private Main() {}

  /** A few lines of scraped text for {@link #preload}: prose, a credit and an appeal. */
  private static final byte[] WARM_UP = String.join("\n",
      "Officials said on Tuesday that the talks would resume next week in the capital.",
      "Photo: Reuters",
      "Read more: what the talks mean",
      "Dear readers, please support our journalism. Remind me later.",
      "").getBytes(StandardCharsets.UTF_8);

  public static void main(String[] args) {
    // For the commands that clean (not for --version or help), the other core compiles the
    // built-in packs and their index, and loads and initialises the classes a document passes
    // through, while picocli builds its model of the command line: for one small file the two
    // take about as long, and each used to wait for the other.
    if (args.length > 0 && java.util.Set.of("clean", "diff", "eval").contains(args[0])) {
      Thread preload = new Thread(Main::preload, "winnow-preload");
      preload.setDaemon(true);
      preload.start();
    }
    // Picocli reads the subcommand's annotations through reflection, and the JDK parses each one
    // and makes a proxy class per annotation type on first use: 40 of the 90 ms picocli takes to
    // build its model. A third thread reads them first, while picocli initialises and reads the
    // top-level command; the JDK caches what it parses per field and method, so picocli then
    // finds it done (model ready 20 ms sooner for one small file).
    if (args.length > 0 && WinnowCommand.SUBCOMMANDS.containsKey(args[0])) {
      Class<?> command = WinnowCommand.SUBCOMMANDS.get(args[0]).get().getClass();
      Thread annotations = new Thread(() -> readAnnotations(command), "winnow-annotations");
      annotations.setDaemon(true);
      annotations.start();
    }
    // No option takes a date, a time or a JDBC type: picocli need not look up, by reflection, the
    // parse methods of 18 such classes for converters nobody uses (its documented switch).
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    }
    WinnowCommand root = new WinnowCommand();
    picocli.CommandLine cl = WinnowCommand.commandLine(root, args);
    int code = cl.execute(args);
    cl.getOut().flush();
    root.stdout.flush();
    System.exit(code);
  }

  /**
   * Reads the annotations of a command class, its methods and fields, and those of the classes of
   * its annotated fields that belong to the command line (mixins).
   */
  private static void readAnnotations(Class<?> c) {
    c.getAnnotations();
    for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
      m.getDeclaredAnnotations();
    }
    for (java.lang.reflect.Field f : c.getDeclaredFields()) {
      if (f.getDeclaredAnnotations().length > 0 && f.getType().getPackage() == Main.class.getPackage()) {
        readAnnotations(f.getType());
      }
    }
  }

  /** Builds the built-in cleaner, then reads, cleans and renders a small document with it. */
  private static void preload() {
    Cleaner cleaner = Cleaner.builtin();
    try {
      DocumentReader reader = new DocumentReader(
          InputFormat.AUTO, null, false, HtmlExtractor.defaults(), java.io.InputStream.nullInputStream());
      TextRenderer.render(cleaner.clean(reader.read("warm-up.txt", WARM_UP).document()));
    } catch (Exception e) {
      // only a warm-up: the real documents report their own problems
    }
  }
}
