package dev.winnow.cli;

import dev.winnow.PackTester;
import dev.winnow.rules.Rule;
import dev.winnow.rules.RuleFileException;
import dev.winnow.rules.RulePack;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code winnow rules}: list and test rule packs. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists rule packs and runs the examples embedded in them.",
    subcommands = {RulesCommand.ListCommand.class, RulesCommand.TestCommand.class})
public final class RulesCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code winnow rules list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the packs in use (built-in and --rules files) with their rules.")
  static final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin RuleOptions rules;

    @Option(names = "--packs-only", description = "Only the packs, one a line.")
    boolean packsOnly;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<RulePack> packs;
      try {
        packs = rules.packs();
      } catch (RuleFileException e) {
        return ExitCodes.usage(spec.commandLine().getErr(), e.getMessage());
      }
      for (RulePack p : packs) {
        out.printf("%s (%d rules, %s)%s%n", p.name(), p.rules().size(), p.source(),
            p.description().isEmpty() ? "" : ": " + p.description());
        if (!p.scope().isAll()) {
          out.printf("  scope: %s%n", describeScope(p));
        }
        if (packsOnly) {
          continue;
        }
        for (Rule r : p.rules()) {
          out.printf("  %-40s %-8s %s%n", p.qualify(r), r.kind(), r.description());
        }
      }
      out.flush();
      return ExitCodes.OK;
    }

    private static String describeScope(RulePack p) {
      StringBuilder sb = new StringBuilder();
      if (!p.scope().paths().isEmpty()) {
        sb.append("paths ").append(p.scope().paths()).append(' ');
      }
      if (!p.scope().urls().isEmpty()) {
        sb.append("urls ").append(p.scope().urls()).append(' ');
      }
      if (p.scope().marker() != null) {
        sb.append("marker /").append(p.scope().marker().source()).append("/ ");
      }
      if (!p.scope().languages().isEmpty()) {
        sb.append("languages ").append(p.scope().languages());
      }
      return sb.toString().strip();
    }
  }

  /** {@code winnow rules test}. */
  @Command(name = "test", mixinStandardHelpOptions = true,
      description = {"Runs the drop/keep examples embedded in packs.",
          "With FILEs, tests those packs; without, tests every built-in pack.",
          "Exit 0 when all pass, 1 when an example fails, 2 for a broken file."})
  static final class TestCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "FILE", arity = "0..*", description = "Rule files to test.")
    List<java.nio.file.Path> files = new java.util.ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RuleOptions ro = new RuleOptions();
      ro.rules = files;
      ro.noBuiltin = !files.isEmpty();
      List<RulePack> packs;
      try {
        packs = ro.packs();
      } catch (RuleFileException e) {
        return ExitCodes.usage(spec.commandLine().getErr(), e.getMessage());
      }
      int total = 0;
      int failed = 0;
      for (RulePack p : packs) {
        PackTester.Result r = PackTester.test(p);
        total += r.examples();
        failed += r.failures().size();
        out.printf("%s %s: %d examples, %d failed%n", r.passed() ? "ok  " : "FAIL", p.name(),
            r.examples(), r.failures().size());
        for (PackTester.Failure f : r.failures()) {
          out.printf("  %s: %s example %s -> %s%n", f.ruleId(), f.kind(), quote(f.example()), f.detail());
        }
      }
      out.printf("%d passed, %d failed%n", total - failed, failed);
      out.flush();
      return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static String quote(String s) {
      String t = s.replace("\n", "\\n");
      return "\"" + (t.length() > 80 ? t.substring(0, 77) + "..." : t) + "\"";
    }
  }
}
