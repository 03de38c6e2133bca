package dev.winnow.rules;

import java.util.List;
import java.util.Objects;

/**
 * A named set of rules with a scope, loaded from one YAML file (built-in packs use the same format as
 * users' files). Rule verdicts are reported as {@code pack/rule}.
 *
 * @param name        the pack name, unique among the packs of one run
 * @param description what the pack is for
 * @param scope       which documents it applies to
 * @param rules       its rules, in file order
 * @param source      where it was loaded from (file path or {@code builtin:NAME})
 */
public record RulePack(
    String name, String description, Scope scope, List<Rule> rules, String source) {

  public RulePack {
    Objects.requireNonNull(name, "name");
    rules = List.copyOf(rules);
  }

  /** The qualified id ({@code pack/rule}) of one of this pack's rules. */
  public String qualify(Rule rule) {
    return name + "/" + rule.id();
  }
}
