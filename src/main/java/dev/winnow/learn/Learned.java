package dev.winnow.learn;

import dev.winnow.rules.PackLoader;
import dev.winnow.rules.RulePack;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Learner} found: per group, the recurring lines and runs of lines that qualify as
 * boilerplate, most impact first, and statistics about the pass. {@link #yaml} writes each group as
 * an ordinary rule pack; {@link #packs} loads those through {@link PackLoader}, so a learned pack in
 * memory is exactly the file a user would review.
 *
 * @param config the knobs used
 * @param groups the groups where something was learned, by name
 * @param stats  statistics of the pass
 */
public record Learned(LearnConfig config, List<GroupRules> groups, Stats stats) {

  /**
   * A learned line.
   *
   * @param text     a sample of the line (the first one remembered)
   * @param key      its {@link LineKey}
   * @param docs     documents of the group it occurs in (a lower bound)
   * @param share    those documents over the group's documents
   * @param varies   whether its text varied between documents (digits, case, punctuation)
   * @param examples a few documents it occurs in
   * @param position its mean relative position in a document, 0 (top) to 1 (bottom)
   * @param words    its words
   */
  public record LearnedLine(
      String text, long key, int docs, double share, boolean varies, List<String> examples,
      double position, int words) {}

  /**
   * A run of lines that follow each other in most documents (one line is a run of one).
   *
   * @param lines the lines in order
   * @param span  the most lines, blanks included, the run took in a document
   */
  public record Run(List<LearnedLine> lines, int span) {
    /** Documents of the run: those of its least frequent line. */
    public int docs() {
      return lines.stream().mapToInt(LearnedLine::docs).min().orElse(0);
    }

    /** Lines removed over the corpus, about: documents times lines. */
    public long impact() {
      return lines.stream().mapToLong(LearnedLine::docs).sum();
    }
  }

  /**
   * The rules learned for one group.
   *
   * @param group     the group
   * @param docs      its documents
   * @param runs      recurring lines and runs, most impact first
   * @param menuItems recurring items of one-line menus ("Home | World | Sport"), most frequent first;
   *                  empty, or at least three
   */
  public record GroupRules(GroupBy.Group group, int docs, List<Run> runs, List<LearnedLine> menuItems) {
    /** Learned lines, in all runs, plus one for a menu. */
    public int lineCount() {
      return runs.stream().mapToInt(r -> r.lines().size()).sum() + (menuItems.isEmpty() ? 0 : 1);
    }
  }

  /** Statistics of a pass, for the report and the memory budget. */
  public record Stats(
      long documents, long lines, int groups, int tableEntries, int tableCapacity, int floor,
      int prunes, double filterFalsePositiveRate, int candidates, int candidateCapacity,
      int candidateEvictions, long countingBytes) {}

  /** The packs as YAML texts, one per group, in group order. */
  public List<String> yaml() {
    List<String> out = new ArrayList<>();
    List<String> names = PackWriter.packNames(groups);
    for (int i = 0; i < groups.size(); i++) {
      out.add(PackWriter.write(names.get(i), groups.get(i), config, stats));
    }
    return out;
  }

  /** A pack with no rules, for when nothing was learned (a file that still loads). */
  public String emptyYaml() {
    return "# Learned by 'winnow learn' from " + stats.documents() + " documents: nothing recurs often enough.\n"
        + "pack: learned\nrules: []\n";
  }

  /** The pack names, one per group, in group order (unique, usable as file names). */
  public List<String> packNames() {
    return PackWriter.packNames(groups);
  }

  /** The packs, loaded from {@link #yaml} with {@link PackLoader}. */
  public List<RulePack> packs() {
    List<RulePack> out = new ArrayList<>();
    List<String> names = packNames();
    List<String> texts = yaml();
    for (int i = 0; i < texts.size(); i++) {
      out.add(PackLoader.parse("learned:" + names.get(i), texts.get(i)));
    }
    return out;
  }

  /** Learned rules over all groups. */
  public int ruleLines() {
    return groups.stream().mapToInt(GroupRules::lineCount).sum();
  }
}
