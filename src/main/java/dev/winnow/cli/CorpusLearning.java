package dev.winnow.cli;

import dev.winnow.batch.BatchRunner;
import dev.winnow.batch.Failure;
import dev.winnow.io.Decoder;
import dev.winnow.io.DocumentReader;
import dev.winnow.io.Input;
import dev.winnow.learn.Digest;
import dev.winnow.learn.GroupBy;
import dev.winnow.learn.Learned;
import dev.winnow.learn.LearnConfig;
import dev.winnow.learn.Learner;
import dev.winnow.io.AtomicFiles;
import java.util.ArrayList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The learning pass over command-line inputs, shared by {@code learn} and {@code clean --learn}. */
final class CorpusLearning {
  private CorpusLearning() {}

  /** The outcome of a pass: what was learned and the inputs that failed. */
  record Outcome(Learned learned, List<Failure> failures) {}

  /** Reads every input (on worker threads), digests it, and feeds the digests to a learner in order. */
  static Outcome run(InputOptions input, LearnConfig config, DocumentReader reader, PrintWriter err,
      boolean quiet, Path skipUnder) {
    Learner learner = new Learner(config);
    record Item(GroupBy.Group group, Digest digest) {}
    BatchRunner<Item> runner = new BatchRunner<>(input.jobs(), in -> {
      if (skipUnder != null && in.file() != null && in.file().toAbsolutePath().normalize().startsWith(skipUnder)) {
        return null;
      }
      DocumentReader.Read read;
      try {
        read = reader.read(in);
      } catch (Decoder.BinaryContentException e) {
        return null;
      }
      return new Item(config.groupBy().of(read.document(), relative(in)), Digest.of(read.document()));
    }, CleanCommand::describe);
    List<Failure> failures = runner.run(input.walker(), input.pathsOrStdin(),
        item -> learner.add(item.group(), item.digest()),
        f -> {
          if (!quiet) {
            synchronized (err) {
              err.println("winnow: " + f.line());
              err.flush();
            }
          }
        });
    return new Outcome(learner.finish(), failures);
  }

  private static String relative(Input in) {
    return in.isStdin() ? null : in.relative().toString();
  }

  /** One line of statistics about a learning pass. */
  static String summary(Learned l) {
    Learned.Stats s = l.stats();
    return String.format(Locale.ROOT,
        "winnow: learned %d lines in %d of %d groups from %d documents "
            + "(%d keys counted of %d, floor %d, %d candidates, filter false positives %.2f%%, %d MiB)",
        l.ruleLines(), l.groups().size(), s.groups(), s.documents(), s.tableEntries(),
        s.tableCapacity(), s.floor(), s.candidates(), 100 * s.filterFalsePositiveRate(),
        s.countingBytes() >> 20);
  }

  /**
   * Writes the learned packs: to a {@code .yaml} / {@code .yml} file when there is at most one
   * group, else into a directory, one {@code PACK.yaml} per group. Returns the files written.
   */
  static List<Path> save(Learned learned, Path target) throws IOException {
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    boolean file = name.endsWith(".yaml") || name.endsWith(".yml");
    List<String> texts = learned.yaml();
    List<Path> written = new ArrayList<>();
    if (file) {
      if (texts.size() > 1) {
        throw new IllegalArgumentException(texts.size() + " groups were learned (" + String.join(", ",
            learned.packNames()) + "): give a directory to write one pack file per group, or --group-by none");
      }
      AtomicFiles.write(target, utf8(texts.isEmpty() ? learned.emptyYaml() : texts.get(0)));
      written.add(target);
      return written;
    }
    List<String> names = learned.packNames();
    for (int i = 0; i < texts.size(); i++) {
      Path p = target.resolve(names.get(i) + ".yaml");
      AtomicFiles.write(p, utf8(texts.get(i)));
      written.add(p);
    }
    return written;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
