package dev.winnow.cli;

import dev.winnow.html.HtmlExtractor;
import dev.winnow.io.DocumentReader;
import dev.winnow.io.InputFormat;
import dev.winnow.io.InputWalker;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options that name and read the inputs. Shared as a picocli mixin. */
public final class InputOptions {
  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to read; '-' or nothing reads standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-g", "--include"}, paramLabel = "GLOB",
      description = "Only files matching this glob (on the name, or on the path below the root when "
          + "it has a '/'). Repeatable. Default: every file.")
  List<String> includes = new ArrayList<>();

  @Option(names = {"-x", "--exclude"}, paramLabel = "GLOB",
      description = "Skip files and directories matching this glob. Repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--hidden", description = "Also read hidden files and directories.")
  boolean hidden;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "Input format: auto (by extension, then by sniffing), text or html. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--charset", paramLabel = "NAME",
      description = "Read text input in this charset instead of detecting it.")
  String charset;

  @Option(names = "--keep-markup",
      description = "Leave HTML tags and entities found in text files as they are.")
  boolean keepMarkup;

  @Option(names = "--title", description = "With HTML input: write the page title as the first line.")
  boolean title;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Worker threads. Default: the number of cores.")
  int jobs = Runtime.getRuntime().availableProcessors();

  /** The paths to walk; standard input when none were given. */
  public List<String> pathsOrStdin() {
    return paths.isEmpty() ? List.of("-") : paths;
  }

  /** True when the paths may name more than one input: several paths, or a directory. */
  public static boolean isBatch(List<String> paths) {
    if (paths.size() > 1) {
      return true;
    }
    for (String p : paths) {
      if (!p.equals("-") && java.nio.file.Files.isDirectory(java.nio.file.Path.of(p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Worker threads for the inputs: one (the calling thread) for a single file or standard input,
   * where a pool would only add its start-up to the one document's time, else {@code --jobs}.
   */
  public int jobs() {
    return isBatch(pathsOrStdin()) ? jobs : 1;
  }

  /** The walker for these options. */
  public InputWalker walker() {
    return new InputWalker(includes, excludes, hidden);
  }

  /** The parsed input format. */
  public InputFormat inputFormat() {
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "auto" -> InputFormat.AUTO;
      case "text", "txt" -> InputFormat.TEXT;
      case "html", "htm" -> InputFormat.HTML;
      default -> throw new IllegalArgumentException("--format must be auto, text or html, not '" + format + "'");
    };
  }

  /** The reader for these options. */
  public DocumentReader reader(InputStream stdin) {
    Charset cs = null;
    if (charset != null) {
      try {
        cs = Charset.forName(charset);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("--charset: unknown charset '" + charset + "'");
      }
    }
    return new DocumentReader(inputFormat(), cs, keepMarkup, HtmlExtractor.defaults(), stdin).withTitle(title);
  }
}
