package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The built-in packs hold no pattern twice within a rule and no entry twice within a vocabulary
 * list: a copy costs a trigger and a prefilter literal for nothing, and is the mark of an edit
 * made twice (the nineteenth round's script left 29 such copies).
 */
class PackHygieneTest {
  @Test
  void noRuleOrVocabularyListHoldsAnEntryTwice() throws Exception {
    List<String> copies = new ArrayList<>();
    for (String name : BuiltinPacks.names()) {
      Map<String, Object> pack;
      try (InputStream in = BuiltinPacks.class.getResourceAsStream(BuiltinPacks.DIR + name + ".yaml")) {
        pack = new Yaml().load(in);
      }
      Object vocab = pack.get("vocab");
      if (vocab instanceof Map<?, ?> lists) {
        for (Map.Entry<?, ?> e : lists.entrySet()) {
          collectCopies(name + " vocab " + e.getKey(), e.getValue(), copies);
        }
      }
      for (Object r : (List<?>) pack.get("rules")) {
        Map<?, ?> rule = (Map<?, ?>) r;
        collectCopies(name + "/" + rule.get("id") + " line", rule.get("line"), copies);
        collectCopies(name + "/" + rule.get("id") + " unless", rule.get("unless"), copies);
      }
    }
    assertThat(copies).as("entries held twice").isEmpty();
  }

  private static void collectCopies(String where, Object list, List<String> copies) {
    if (!(list instanceof List<?> entries)) {
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (Object entry : entries) {
      if (!seen.add(entry)) {
        copies.add(where + ": " + entry);
      }
    }
  }
}
