package dev.winnow.cli;

import dev.winnow.Cleaner;
import dev.winnow.rules.BuiltinPacks;
import dev.winnow.rules.PackLoader;
import dev.winnow.rules.RuleFileException;
import dev.winnow.rules.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** Options that choose the rule packs: built-in ones and users' files. Shared as a picocli mixin. */
public final class RuleOptions {
  @Option(names = {"-r", "--rules"}, paramLabel = "FILE",
      description = "A rule pack (YAML) to use before the built-in ones; a directory loads every "
          + "*.yaml and *.yml in it. Repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--pack", paramLabel = "NAME", split = ",",
      description = "Use only these built-in packs (see 'winnow rules list'). Repeatable.")
  List<String> only = new ArrayList<>();

  @Option(names = "--no-pack", paramLabel = "NAME", split = ",",
      description = "Do not use this built-in pack. Repeatable.")
  List<String> without = new ArrayList<>();

  @Option(names = "--no-builtin", description = "Use no built-in pack, only --rules files.")
  boolean noBuiltin;

  /** The packs chosen, users' first (so their rule ids win), then built-in ones. */
  public List<RulePack> packs() {
    List<RulePack> out = new ArrayList<>(userPacks());
    if (!noBuiltin) {
      List<String> names = BuiltinPacks.names();
      for (String n : only) {
        if (!names.contains(n)) {
          throw new RuleFileException("--pack", 0, "no built-in pack '" + n + "' (have: " + String.join(", ", names) + ")");
        }
      }
      for (String n : without) {
        if (!names.contains(n)) {
          throw new RuleFileException("--no-pack", 0, "no built-in pack '" + n + "' (have: " + String.join(", ", names) + ")");
        }
      }
      for (RulePack p : BuiltinPacks.all()) {
        if ((only.isEmpty() || only.contains(p.name())) && !without.contains(p.name())) {
          out.add(p);
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (RulePack p : out) {
      if (!seen.add(p.name())) {
        throw new RuleFileException(p.source(), 0, "a pack named '" + p.name() + "' is loaded twice");
      }
    }
    return out;
  }

  /** The packs from --rules files only. */
  public List<RulePack> userPacks() {
    List<RulePack> out = new ArrayList<>();
    for (Path p : rules) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          for (Path f : s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .sorted().toList()) {
            out.add(PackLoader.load(f));
          }
        } catch (IOException e) {
          throw new RuleFileException(p.toString(), 0, "cannot list: " + e.getMessage());
        }
      } else if (!Files.exists(p)) {
        throw new RuleFileException(p.toString(), 0, "no such rule file");
      } else {
        out.add(PackLoader.load(p));
      }
    }
    return out;
  }

  /** A cleaner over the chosen packs. */
  public Cleaner cleaner() {
    if (rules.isEmpty() && only.isEmpty() && without.isEmpty() && !noBuiltin) {
      return Cleaner.builtin(); // the default: shared, and prepared while the command line is parsed
    }
    return Cleaner.of(packs());
  }
}
