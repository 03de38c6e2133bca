package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in packs' snapshot holds exactly what their YAML says. */
class PackSnapshotTest {

  @Test
  void buildMadeACurrentSnapshot() {
    // null would mean start-up parses YAML: the build step did not run, or its output is stale
    assertThat(PackSnapshot.readBuiltin()).isNotNull();
  }

  @Test
  void snapshotEqualsTheYaml() {
    List<String> names = BuiltinPacks.names();
    List<RulePack> yaml = new ArrayList<>();
    for (String n : names) {
      yaml.add(BuiltinPacks.load(n));
    }
    assertSame(PackSnapshot.readBuiltin(), yaml);
    assertSame(BuiltinPacks.all(), yaml);
  }

  @Test
  void everyRuleKindAndFieldRoundTrips() {
    RulePack p = PackLoader.parse("my.yaml", """
        pack: site
        description: A site
        vocab:
          btn: [close, 'maybe later']
        scope:
          paths: ["**/site/**"]
          urls: ["https://site.example/*"]
          marker: '^A Message from Site:?$'
          languages: [en, ru]
        rules:
          - id: a-line
            description: lines
            line: ['^Read more:', 'Читайте также', '(?:{{btn}})']
            unless: ['Reading', 'x+']
            max-words: 12
            min-words: 1
            max-chars: 80
            position: {first: 2, last: 5, first-share: 0.25, last-share: 0.5}
            weak: true
            min-hits: 2
            examples: {drop: ["Read more: x"], keep: ["Read more about it\\nin two lines"]}
          - id: a-literal
            literal: ["Close", "Remind me later."]
            case-sensitive: true
          - id: a-block
            block: {start: '^A Message', end: '^(?:{{btn}})$', max-lines: 10, end-required: false, end-max-words: 4, unbroken: true}
          - id: a-list
            block: {start: '^More', end-max-words: 6}
            position: {last-share: 0.3}
          - id: a-cut
            cut: {marker: '^Comments$', min-position: 0.7, min-chars-before: 100, max-lines-after: 9}
            max-words: 3
          - id: dupes
            repeated: {min-chars: 30}
          - id: ctx
            context: {max-words: 3, max-chars: 20, max-edge-run: 2}
        """);
    List<RulePack> back = PackSnapshot.read(PackSnapshot.write(List.of(p), 42), 42L);
    assertSame(back, List.of(p));
    assertThat(PackSnapshot.read(PackSnapshot.write(List.of(p), 42), 43L)).isNull();
  }

  @Test
  void lazyPatternsMatchLikeCompiledOnes() {
    byte[] utf8 = "xx^read morexx".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Regex lazy = Regex.lazy(utf8, 2, 10, PackLoader.FLAGS, null, true);
    Regex eager = Regex.compile("^read more", PackLoader.FLAGS);
    assertThat(lazy).isEqualTo(eager);
    assertThat(lazy.matcher("READ MORE: x").find()).isTrue();
    assertThat(lazy.pattern().flags()).isEqualTo(eager.pattern().flags());
  }

  private static void assertSame(List<RulePack> actual, List<RulePack> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      RulePack a = actual.get(i);
      RulePack e = expected.get(i);
      assertThat(a.name()).isEqualTo(e.name());
      assertThat(a.description()).isEqualTo(e.description());
      assertThat(a.source()).isEqualTo(e.source());
      assertThat(a.scope().paths()).isEqualTo(e.scope().paths());
      assertThat(a.scope().urls()).isEqualTo(e.scope().urls());
      assertThat(a.scope().marker()).isEqualTo(e.scope().marker());
      assertThat(a.scope().languages()).isEqualTo(e.scope().languages());
      assertThat(a.scope().isAll()).isEqualTo(e.scope().isAll());
      // records: equal fields, and patterns equal in source and flags
      assertThat(a.rules()).as(e.name()).isEqualTo(e.rules());
      for (int r = 0; r < e.rules().size(); r++) {
        if (e.rules().get(r) instanceof LineRule el) {
          LineRule al = (LineRule) a.rules().get(r);
          for (int k = 0; k < el.alternatives().size(); k++) {
            assertThat(al.alternatives().get(k).requiredLiterals())
                .isEqualTo(el.alternatives().get(k).requiredLiterals());
            assertThat(al.alternatives().get(k).anchoredAtStart())
                .isEqualTo(el.alternatives().get(k).anchoredAtStart());
          }
          assertThat(al.pattern().requiredLiterals()).isEqualTo(el.pattern().requiredLiterals());
          assertThat(al.pattern().anchoredAtStart()).isEqualTo(el.pattern().anchoredAtStart());
        }
      }
    }
  }
}
