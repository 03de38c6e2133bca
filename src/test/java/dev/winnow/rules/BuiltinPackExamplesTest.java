package dev.winnow.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.PackTester;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The examples embedded in every built-in pack pass: one dynamic test per rule. */
class BuiltinPackExamplesTest {

  @Test
  void everyIndexedPackLoads() {
    List<String> names = BuiltinPacks.names();
    assertFalse(names.isEmpty(), "index.txt lists no packs");
    assertTrue(names.containsAll(List.of("core", "news-en", "news-ru", "news-de", "news-fr", "news-es")),
        "missing a language pack in index.txt: " + names);
    assertTrue(BuiltinPacks.all().size() == names.size());
  }

  @TestFactory
  List<DynamicNode> examplesOfEveryRulePass() {
    List<DynamicNode> packs = new ArrayList<>();
    for (RulePack pack : BuiltinPacks.all()) {
      PackTester.Result result = PackTester.test(pack);
      List<DynamicNode> rules = new ArrayList<>();
      for (Rule rule : pack.rules()) {
        String id = pack.qualify(rule);
        List<PackTester.Failure> failures =
            result.failures().stream().filter(f -> f.ruleId().equals(id)).toList();
        rules.add(DynamicTest.dynamicTest(id, () -> assertTrue(failures.isEmpty(), () -> describe(failures))));
      }
      packs.add(DynamicContainer.dynamicContainer(pack.name(), rules));
    }
    return packs;
  }

  private static String describe(List<PackTester.Failure> failures) {
    return failures.stream()
        .map(f -> f.kind() + " example " + quote(f.example()) + ": " + f.detail())
        .collect(Collectors.joining("\n"));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\n", "\\n") + "\"";
  }
}
