package dev.winnow.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.document.Document;
import dev.winnow.rules.PackLoader;
import dev.winnow.rules.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

public class LearnerTest {
  static final String QUOTE = "\"We will not back down,\" the minister told reporters on Tuesday.";
  static final String STOCK = "He declined to comment.";
  static final String DATELINE = "LONDON (Reuters) -";

  /** 100 documents of one site: menu on all, appeal on 70%, footer with a year, and guarded news lines. */
  public static List<Document> site(String dir, int n, long seed) {
    Random r = new Random(seed);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> l = new ArrayList<>(List.of("Example Times", "Home", "World", "Sport", ""));
      l.add("Headline number " + i + " about " + Long.toHexString(r.nextLong()));
      if (i % 4 == 0) {
        l.add(DATELINE);
      }
      for (int p = 0; p < 5; p++) {
        l.add("Paragraph " + p + " of story " + i + " says " + Long.toHexString(r.nextLong()) + " and more.");
        if (p == 2 && i % 5 == 0) {
          l.add(STOCK);
        }
        if (p == 3 && i < 3) {
          l.add(QUOTE);
        }
      }
      if (i % 10 < 7) {
        l.addAll(List.of("Support the Example Times", "We rely on readers like you to fund our reporting.",
            "Donate now"));
      }
      l.add("© " + (2000 + i % 20) + " Example Times Ltd. All rights reserved.");
      docs.add(Document.of(dir + "/" + i + ".txt", String.join("\n", l) + "\n"));
    }
    return docs;
  }

  static Learned learn(List<Document> docs, LearnConfig cfg) {
    Learner learner = new Learner(cfg);
    for (Document d : docs) {
      learner.add(d, d.name().substring(d.name().indexOf("corpus/") + 7));
    }
    return learner.finish();
  }

  @Test
  void learnsBoilerplateAndKeepsNews() {
    List<Document> docs = site("corpus/example", 100, 1);
    Learned learned = learn(docs, LearnConfig.defaults());
    assertThat(learned.groups()).hasSize(1);
    Learned.GroupRules g = learned.groups().get(0);
    assertThat(g.group().name()).isEqualTo("example");
    List<String> texts = new ArrayList<>();
    for (Learned.Run run : g.runs()) {
      run.lines().forEach(l -> texts.add(l.text()));
    }
    assertThat(texts).contains("Home", "World", "Sport", "Example Times", "Donate now",
        "We rely on readers like you to fund our reporting.");
    assertThat(texts).anyMatch(t -> t.endsWith("All rights reserved."));
    assertThat(texts).doesNotContain(QUOTE, STOCK, DATELINE);

    Cleaner cleaner = Cleaner.of(learned.packs());
    for (Document d : docs) {
      String out = cleaner.clean(d).text();
      assertThat(out).doesNotContain("Donate now", "All rights reserved", "Home\n");
      assertThat(out).contains("Paragraph 4 of story");
      if (d.text().contains(STOCK)) {
        assertThat(out).contains(STOCK);
      }
      if (d.text().contains(QUOTE)) {
        assertThat(out).contains(QUOTE);
      }
      if (d.text().contains(DATELINE)) {
        assertThat(out).contains(DATELINE);
      }
    }
  }

  @Test
  void aStockPhraseFoundInManyGroupsNeedsAHighShare() {
    List<Document> docs = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      int i = 0;
      for (Document d : site("corpus/site" + s, 40, s)) {
        // the stock phrase in 60% of each site's documents: frequent, but everywhere
        String t = d.text();
        if (i++ % 5 < 3 && !t.contains(STOCK)) {
          t = t.replace("Paragraph 1 ", STOCK + "\nParagraph 1 ");
        }
        docs.add(Document.of(d.name(), t));
      }
    }
    Learned learned = learn(docs, LearnConfig.defaults());
    for (Learned.GroupRules g : learned.groups()) {
      for (Learned.Run run : g.runs()) {
        assertThat(run.lines()).noneMatch(l -> l.text().equals(STOCK));
      }
    }
  }

  @Test
  void learnedYamlRoundTripsThroughPackLoader() {
    List<Document> docs = site("corpus/example", 60, 3);
    Learned learned = learn(docs, LearnConfig.defaults());
    String yaml = learned.yaml().get(0);
    RulePack pack = PackLoader.parse("learned.yaml", yaml);
    assertThat(pack.name()).isEqualTo("learned-example");
    assertThat(pack.scope().paths()).containsExactly("{**/,}example/**");
    assertThat(pack.rules()).isNotEmpty();
    assertThat(dev.winnow.PackTester.test(pack).failures()).isEmpty();
    Cleaner cleaner = Cleaner.of(List.of(pack));
    Document d = docs.get(0);
    assertThat(cleaner.clean(d).changed()).isTrue();
    // the scope gives the pack to its own group only
    assertThat(cleaner.clean(Document.of("elsewhere/0.txt", d.text())).changed()).isFalse();
    assertThat(cleaner.clean(Document.of("/abs/corpus/example/sub/9.txt", d.text())).changed()).isTrue();
  }

  @Test
  void yamlQuotesAnyText() {
    for (String s : List.of("it's", "a\"b\\c", "tab\there", "ctrl\u0007char", "#not a comment", ": colon", "- dash")) {
      String yaml = "pack: p\nrules:\n  - id: r\n    literal: " + PackWriter.quote(s) + "\n";
      RulePack p = PackLoader.parse("t", yaml);
      assertThat(Cleaner.of(List.of(p)).clean(Document.of("x", "keep\n" + s + "\nkeep\n")).text())
          .as(s).isEqualTo("keep\nkeep\n");
    }
  }

  @Test
  void candidatesStayWithinTheBudget() {
    Learner learner = new Learner(new LearnConfig(GroupBy.NONE, 2, 0.0, 0.0, 4));
    Random r = new Random(5);
    for (int d = 0; d < 20_000; d++) {
      StringBuilder sb = new StringBuilder("Site menu\n");
      for (int i = 0; i < 20; i++) {
        sb.append("unique line ").append(Long.toString(r.nextLong() & Long.MAX_VALUE, 36).replaceAll("\\d", "x")).append('\n');
      }
      learner.add(Document.of("d" + d, sb.toString()), null);
    }
    Learned l = learner.finish();
    assertThat(l.stats().candidates()).isLessThanOrEqualTo(l.stats().candidateCapacity());
    assertThat(l.stats().tableEntries()).isLessThanOrEqualTo(l.stats().tableCapacity());
    assertThat(l.stats().countingBytes()).isLessThanOrEqualTo(4L << 20);
    assertThat(l.groups().get(0).runs().get(0).lines().get(0).text()).isEqualTo("Site menu");
    assertThat(l.groups().get(0).runs().get(0).lines().get(0).docs()).isGreaterThanOrEqualTo(19_990);
  }

  @Test
  void groupsByDirectoryPrefixAndDomain() {
    Document d = Document.of("scraped/site-a/2024/x.txt", "t");
    assertThat(GroupBy.DIR.of(d, "site-a/2024/x.txt").name()).isEqualTo("site-a");
    assertThat(GroupBy.DIR.of(Document.of("scraped/example-site/a.txt", "t"), "a.txt").name()).isEqualTo("example-site");
    assertThat(GroupBy.PREFIX.of(Document.of("in/bbc.co.uk_news_01.txt", "t"), "bbc.co.uk_news_01.txt").name())
        .isEqualTo("bbc.co.uk_news");
    Document u = Document.of("p.html", "t", java.util.Map.of(Document.URL, "https://www.Example.com/a/b"));
    GroupBy.Group g = GroupBy.DOMAIN.of(u, "p.html");
    assertThat(g.name()).isEqualTo("example.com");
    assertThat(new dev.winnow.rules.Scope(List.of(), g.urls(), null, List.of()).appliesTo(u)).isTrue();
    assertThat(GroupBy.DOMAIN.of(Document.of("dir/p.txt", "t"), "p.txt").by()).isEqualTo(GroupBy.DIR);
    assertThat(GroupBy.NONE.of(d, null).paths()).isEmpty();
  }

  @Test
  void shapes() {
    assertThat(Learner.shape("LONDON (Reuters) -")).isEqualTo(Learner.Shape.DATELINE);
    assertThat(Learner.shape("МОСКВА, 5 марта (РИА Новости) —")).isEqualTo(Learner.Shape.DATELINE);
    assertThat(Learner.shape("He declined to comment.")).isEqualTo(Learner.Shape.SENTENCE);
    assertThat(Learner.shape("By John Smith")).isEqualTo(Learner.Shape.SENTENCE);
    assertThat(Learner.shape("Most read")).isEqualTo(Learner.Shape.LABEL);
  }
}
