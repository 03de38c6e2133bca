package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackLoaderTest {

  private static RuleFileException error(String yaml) {
    try {
      PackLoader.parse("my.yaml", yaml);
    } catch (RuleFileException e) {
      return e;
    }
    throw new AssertionError("expected a RuleFileException for:\n" + yaml);
  }

  @Test
  void loadsEveryRuleKind() {
    RulePack p = PackLoader.parse("my.yaml", """
        pack: site
        description: A site
        vocab:
          btn: [close, 'maybe later']
        scope:
          paths: ["**/site/**"]
          marker: '^A Message from Site:?$'
        rules:
          - id: a-line
            line: '^Read more:'
            max-words: 12
            position: {last: 5}
          - id: a-literal
            literal: ["Close", "Remind me later."]
            weak: true
          - id: a-block
            block: {start: '^A Message', end: '^(?:{{btn}})$', max-lines: 10}
          - id: a-cut
            cut: {marker: '^Comments$', min-position: 0.7, min-chars-before: 100}
          - id: dupes
            repeated: {min-chars: 30}
          - id: ctx
            context: {max-words: 3}
        """);
    assertThat(p.name()).isEqualTo("site");
    assertThat(p.rules()).extracting(Rule::kind)
        .containsExactly("line", "line", "block", "cut", "repeated", "context");
    LineRule lit = (LineRule) p.rules().get(1);
    assertThat(lit.weak()).isTrue();
    assertThat(lit.matches("Remind me later.")).isTrue();
    assertThat(lit.matches("Remind me later, he said.")).isFalse();
    BlockRule b = (BlockRule) p.rules().get(2);
    assertThat(b.end().matcher("maybe later").find()).isTrue();
    assertThat(((LineRule) p.rules().get(0)).gates().last()).isEqualTo(5);
    assertThat(p.scope().paths()).containsExactly("**/site/**");
  }

  @Test
  void badYamlNamesFileAndLine() {
    RuleFileException e = error("pack: x\nrules:\n  - id: a\n    line: [unclosed\n");
    assertThat(e.getMessage()).startsWith("my.yaml:").contains("bad YAML");
    assertThat(e.line()).isGreaterThan(0);
  }

  @Test
  void unknownKeyNamesLine() {
    RuleFileException e = error("pack: x\nrules:\n  - id: a\n    line: foo\n    max-wrods: 3\n");
    assertThat(e.getMessage()).isEqualTo(
        "my.yaml:5: unknown key 'max-wrods' in rule (expected one of: block, box-around, caption-above, caption-below, case-sensitive, context, "
            + "credit-below, cut, description, examples, id, line, literal, match, max-chars, max-words, min-hits, "
            + "min-words, placeholder, position, repeated, shop-box, teaser-below, unless, weak)");
  }

  @Test
  void aRuleClaimsOneNeighbour() {
    RuleFileException e = error("pack: x\nrules:\n  - id: a\n    line: Anzeige\n    caption-above: true\n"
        + "    teaser-below: true\n");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.problem()).contains("credits ('caption-above') or ad labels ('teaser-below'), not both");
    RulePack pack = PackLoader.parse("my.yaml", "pack: x\nrules:\n  - id: a\n    line: Anzeige\n    teaser-below: true\n");
    assertThat(((LineRule) pack.rules().get(0)).neighbours()).containsExactly(LineRule.Neighbour.TEASER_BELOW);
    // a caption rule may claim the caption above it and the bare credit below it
    pack = PackLoader.parse("my.yaml", "pack: x\nrules:\n  - id: a\n    line: file photo\n    caption-above: true\n"
        + "    credit-below: true\n");
    assertThat(((LineRule) pack.rules().get(0)).neighbours())
        .containsExactlyInAnyOrder(LineRule.Neighbour.CAPTION_ABOVE, LineRule.Neighbour.CREDIT_BELOW);
    pack = PackLoader.parse("my.yaml", "pack: x\nrules:\n  - id: a\n    line: Photo\n");
    assertThat(((LineRule) pack.rules().get(0)).neighbours()).isEmpty();
    assertThat(((LineRule) pack.rules().get(0)).placeholder()).isFalse();
    pack = PackLoader.parse("my.yaml", "pack: x\nrules:\n  - id: a\n    line: Load chart\n    placeholder: true\n");
    assertThat(((LineRule) pack.rules().get(0)).placeholder()).isTrue();
  }

  @Test
  void invalidRegexNamesLine() {
    RuleFileException e = error("pack: x\nrules:\n  - id: a\n    line: 'foo(bar'\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).startsWith("invalid regex");
  }

  @Test
  void otherProblems() {
    assertThat(error("rules: []\n").problem()).isEqualTo("missing key 'pack'");
    assertThat(error("pack: x\n").problem()).isEqualTo("missing key 'rules'");
    assertThat(error("pack: x\nrules:\n  - id: a\n").problem()).contains("needs one of");
    assertThat(error("pack: x\nrules:\n  - id: a\n    line: x\n    block: {start: y}\n").problem())
        .contains("more than one kind");
    assertThat(error("pack: x\nrules:\n  - {id: a, line: x}\n  - {id: a, line: y}\n").problem())
        .isEqualTo("duplicate rule id 'a'");
    assertThat(error("pack: x\nrules:\n  - {id: a, line: x, max-words: many}\n").problem())
        .contains("whole number");
    assertThat(error("pack: x\nrules:\n  - {id: a, line: '{{nope}}'}\n").problem())
        .isEqualTo("unknown vocab 'nope'");
    assertThat(error("").problem()).isEqualTo("empty rule file");
    assertThat(error("pack: x\nrules:\n  - {id: a, block: {start: x}, weak: true}\n").problem())
        .contains("line rules only");
  }

  @Test
  void literalsAreEscaped() {
    RulePack p = PackLoader.parse("l.yaml", "pack: x\nrules:\n  - {id: a, literal: 'Price (USD) $5.00?', match: contains}\n");
    LineRule r = (LineRule) p.rules().get(0);
    assertThat(r.matches("The Price (USD) $5.00? here")).isTrue();
    assertThat(r.matches("Price USD 5")).isFalse();
  }

  @Test
  void caseSensitiveOptIn() {
    RulePack p = PackLoader.parse("c.yaml", "pack: x\nrules:\n  - {id: a, line: '^AD$', case-sensitive: true}\n");
    LineRule r = (LineRule) p.rules().get(0);
    assertThat(r.matches("AD")).isTrue();
    assertThat(r.matches("ad")).isFalse();
  }

  @Test
  void builtinPacksLoad() {
    assertThat(BuiltinPacks.all()).isNotEmpty();
    assertThat(BuiltinPacks.names()).contains("core", "news-en", "moscowtimes");
    assertThatThrownBy(() -> BuiltinPacks.load("nope")).isInstanceOf(RuleFileException.class);
  }
}
