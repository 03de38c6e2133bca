package dev.winnow.cli;

import static dev.winnow.cli.AuditFixtures.args;
import static dev.winnow.cli.AuditFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The --html page in a real headless browser (Debian's chromium): the DOM after the page's script
 * ran, the filter by rule, and a screenshot. Skipped when /usr/bin/chromium is absent.
 */
class HtmlReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path tmp;
  Path page;

  @BeforeEach
  void writePage() {
    page = tmp.resolve("report.html");
    CliRun r = CliRun.run(args("diff", "--keep-markup", "-j", "1", "--html", page.toString(),
        file("lf.txt"), file("crlf.txt"), file("escape.txt"), file("unchanged.txt")));
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).isEmpty();
  }

  @Test
  void pageIsSelfContainedAndEscaped() throws IOException {
    String html = Files.readString(page);
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("src=")
        .doesNotContain("<link");
    assertThat(html).contains("Read more: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
        .contains("Tom &amp; Jerry say 1 &lt; 2 and &quot;quotes&quot;");
    assertThat(html.split("<script>", -1)).hasSize(2); // only the page's own script
  }

  @Test
  void domAfterScriptShowsHighlightsAndCounts() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Document dom = Jsoup.parse(dumpDom(page.toUri().toString()));
    assertThat(dom.body().attr("data-ready")).isEqualTo("true");

    List<Element> drops = dom.select("pre.doc del.drop");
    assertThat(drops).isNotEmpty();
    for (Element d : drops) {
      assertThat(d.selectFirst("span.rule-label").text()).isEqualTo(d.attr("data-rule"));
    }
    Element ad = dom.selectFirst("del.drop[data-rule=audit/ad-label]");
    assertThat(ad.ownText()).isEqualTo("Advertisement");
    Element promo = dom.selectFirst("del.drop[data-rule=audit/promo-block]");
    assertThat(promo.attr("data-lines")).isEqualTo("4");
    assertThat(promo.wholeOwnText()).isEqualTo("PROMO START\nSubscribe to our newsletter\nSign up now\nPROMO END\n");
    Element script = dom.selectFirst("del.drop[data-rule=audit/read-more]:containsOwn(alert)");
    assertThat(script.ownText()).isEqualTo("Read more: <script>alert('x')</script> & \"more\"");
    assertThat(dom.select("script")).hasSize(1);

    // per-rule counts: the script counts the highlighted lines; they match the totals written
    List<String> rules = new ArrayList<>();
    for (Element tr : dom.select("#rules tbody tr[data-rule]")) {
      rules.add(tr.attr("data-rule"));
      assertThat(tr.selectFirst("td.count").text()).as(tr.attr("data-rule"))
          .isEqualTo(tr.selectFirst("td.lines").text());
    }
    assertThat(rules).containsExactly("audit/ad-label", "audit/copyright", "audit/promo-block",
        "audit/read-more", "winnow/blank");
    assertThat(dom.selectFirst("tr[data-rule=audit/ad-label] td.lines").text()).isEqualTo("2");
    assertThat(dom.selectFirst("tr[data-rule=audit/read-more] td.files").text()).isEqualTo("2");
    assertThat(dom.selectFirst("#total-count").text()).isEqualTo(dom.selectFirst("tr.total td.lines").text());
    assertThat(dom.selectFirst("#shown").text()).isEqualTo("4 of 4 files shown");
    assertThat(dom.select("section.file")).hasSize(4);
    assertThat(dom.select("section.file[hidden]")).isEmpty();
  }

  @Test
  void filterByRuleHidesOtherFilesAndHighlights() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Document dom = Jsoup.parse(dumpDom(page.toUri() + "#rule=audit%2Fpromo-block"));
    assertThat(dom.body().attr("data-filter")).isEqualTo("audit/promo-block");
    assertThat(dom.selectFirst("#rule-filter")).isNotNull();
    assertThat(dom.select("section.file:not([hidden])")).hasSize(1);
    assertThat(dom.selectFirst("section.file:not([hidden]) h2 a").text()).isEqualTo(file("crlf.txt"));
    assertThat(dom.selectFirst("#shown").text()).isEqualTo("1 of 4 files shown");
    for (Element d : dom.select("del.drop")) {
      assertThat(d.hasClass("other")).as(d.attr("data-rule")).isEqualTo(!d.attr("data-rule").equals("audit/promo-block"));
    }
    assertThat(dom.select("#rules tbody tr[data-rule]:not([hidden])")).hasSize(1);
    assertThat(dom.selectFirst("#total-count").text()).isEqualTo("4");
  }

  @Test
  void screenshotIsAPng() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Path shot = tmp.resolve("shot.png");
    chromium("--screenshot=" + shot, "--window-size=1280,900", page.toUri().toString());
    assertThat(shot).exists();
    byte[] b = Files.readAllBytes(shot);
    assertThat(b.length).isGreaterThan(1000);
    assertThat(java.util.Arrays.copyOf(b, 8))
        .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
  }

  private String dumpDom(String url) throws Exception {
    return chromium("--dump-dom", url);
  }

  /** Runs headless chromium with a fresh profile and a timeout; returns its standard output. */
  private String chromium(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("chromium.out");
    Path err = tmp.resolve("chromium.err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(err));
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    return stdout;
  }
}
