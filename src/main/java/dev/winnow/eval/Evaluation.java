package dev.winnow.eval;

import dev.winnow.Cleaner;
import dev.winnow.document.Document;
import dev.winnow.learn.LearnConfig;
import dev.winnow.learn.Learned;
import dev.winnow.learn.Learner;
import java.nio.file.Path;
import dev.winnow.io.Decoder;
import dev.winnow.io.DocumentReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores a cleaner on a set of {@link EvalPair}s, line by line ({@link LineScore}). Totals are
 * micro-averaged: every line of every document weighs the same.
 */
public final class Evaluation {

  /** The score of one document. */
  public record DocResult(EvalPair pair, LineScore score) {}

  /** Scores of a whole set. */
  public record Summary(List<DocResult> docs) {
    public int contentLines() {
      return docs.stream().mapToInt(d -> d.score().contentLines()).sum();
    }

    public int contentKept() {
      return docs.stream().mapToInt(d -> d.score().contentKept()).sum();
    }

    public int boilerplateLines() {
      return docs.stream().mapToInt(d -> d.score().boilerplateLines()).sum();
    }

    public int boilerplateKept() {
      return docs.stream().mapToInt(d -> d.score().boilerplateKept()).sum();
    }

    /** Content lines kept over content lines. */
    public double contentRecall() {
      return contentLines() == 0 ? 1 : (double) contentKept() / contentLines();
    }

    /** Boilerplate lines removed over boilerplate lines. */
    public double boilerplateRemoval() {
      return boilerplateLines() == 0 ? 1 : 1 - (double) boilerplateKept() / boilerplateLines();
    }

    /** Documents whose output equals the gold, line for line. */
    public long exact() {
      return docs.stream().filter(d -> d.score().exact()).count();
    }

    /** The worst documents first. */
    public List<DocResult> worst(int n) {
      return docs.stream()
          .filter(d -> d.score().badness() > 0)
          .sorted(Comparator.comparingInt((DocResult d) -> d.score().badness()).reversed())
          .limit(n)
          .toList();
    }
  }

  private Evaluation() {}

  /**
   * Learns the recurring boilerplate of a dataset from its raw files, grouped as {@code config}
   * says (paths below {@code root} count for {@link dev.winnow.learn.GroupBy#DIR}).
   */
  public static Learned learn(Path root, List<EvalPair> pairs, DocumentReader reader, LearnConfig config)
      throws IOException {
    Learner learner = new Learner(config);
    for (EvalPair p : pairs) {
      try {
        Document doc = reader.read(p.raw().toString(), Files.readAllBytes(p.raw())).document();
        learner.add(doc, root.relativize(p.raw()).toString());
      } catch (Decoder.BinaryContentException e) {
        // nothing to learn from
      }
    }
    return learner.finish();
  }

  /** Cleans each raw file with {@code cleaner} (read by {@code reader}) and scores it against its gold. */
  public static Summary run(List<EvalPair> pairs, DocumentReader reader, Cleaner cleaner)
      throws IOException {
    List<DocResult> out = new ArrayList<>();
    for (EvalPair p : pairs) {
      byte[] rawBytes = Files.readAllBytes(p.raw());
      String rawText;
      String cleaned;
      try {
        DocumentReader.Read read = reader.read(p.raw().toString(), rawBytes);
        rawText = read.document().text();
        cleaned = cleaner.clean(read.document()).text();
      } catch (Decoder.BinaryContentException e) {
        rawText = "";
        cleaned = "";
      }
      String gold;
      try {
        gold = Decoder.decode(Files.readAllBytes(p.gold())).text();
      } catch (Decoder.BinaryContentException e) {
        gold = new String(Files.readAllBytes(p.gold()), StandardCharsets.UTF_8);
      }
      out.add(new DocResult(p, LineScore.of(rawText, gold, cleaned)));
    }
    return new Summary(out);
  }
}
