package dev.winnow.cli;

import dev.winnow.learn.GroupBy;
import dev.winnow.learn.LearnConfig;
import picocli.CommandLine.Option;

/** Options of learning boilerplate from a corpus. Shared as a picocli mixin (learn, clean, eval). */
public final class LearnOptions {
  @Option(names = "--group-by", paramLabel = "MODE", defaultValue = "dir",
      description = "Learn each group on its own: dir (top directory below the named path), domain "
          + "(host of the URL, else dir), prefix (file name without its trailing number), none. "
          + "Default: ${DEFAULT-VALUE}.")
  String groupBy;

  @Option(names = "--min-docs", paramLabel = "N", defaultValue = "" + LearnConfig.MIN_DOCS,
      description = "A learned line occurs in at least N documents of its group. Default: ${DEFAULT-VALUE}.")
  int minDocs;

  @Option(names = "--min-share", paramLabel = "SHARE", defaultValue = "" + LearnConfig.MIN_SHARE,
      description = "... and in at least SHARE of them (menus, section names, labels). Default: ${DEFAULT-VALUE}.")
  double minShare;

  @Option(names = "--sentence-share", paramLabel = "SHARE", defaultValue = "" + LearnConfig.SENTENCE_SHARE,
      description = "The share a sentence-like line needs unless it is part of a recurring run "
          + "(guards quoted sentences and stock phrases). Default: ${DEFAULT-VALUE}.")
  double sentenceShare;

  @Option(names = "--memory", paramLabel = "MIB", defaultValue = "" + LearnConfig.MEMORY_MB,
      description = "Memory budget of the counting structures, in MiB. Default: ${DEFAULT-VALUE}.")
  int memoryMb;

  /** The configuration; throws IllegalArgumentException for bad values. */
  public LearnConfig config() {
    return new LearnConfig(GroupBy.parse(groupBy), minDocs, minShare, sentenceShare, memoryMb);
  }
}
