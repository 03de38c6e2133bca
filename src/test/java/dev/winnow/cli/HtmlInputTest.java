package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlInputTest {
  static final String PAGE = "<!DOCTYPE html><html><head><title>Budget vote delayed</title></head><body>"
      + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
      + "<article><h1>Budget vote delayed</h1>"
      + "<p>The parliament postponed the budget vote until next week, the speaker said on Tuesday.</p>"
      + "<p>Advertisement</p>"
      + "<p>Opposition parties had demanded more time to study the amendments to the spending plan.</p>"
      + "<p>Read more: Ministers clash over pensions</p>"
      + "<p>The government insists the plan will pass before the end of the month without changes.</p>"
      + "</article><footer>© 2024 Example Media. All rights reserved.</footer></body></html>";

  @TempDir Path tmp;

  @Test
  void htmlFileBecomesArticleText() throws Exception {
    Path f = Files.writeString(tmp.resolve("page.html"), PAGE);
    CliRun r = CliRun.run("clean", f.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo(
        "The parliament postponed the budget vote until next week, the speaker said on Tuesday.\n"
            + "Opposition parties had demanded more time to study the amendments to the spending plan.\n"
            + "The government insists the plan will pass before the end of the month without changes.\n");
  }

  @Test
  void sniffedFromStdinWithTitle() {
    CliRun r = CliRun.withStdin(PAGE, "clean", "--title");
    assertThat(r.out).startsWith("Budget vote delayed\nThe parliament postponed");
    CliRun forced = CliRun.withStdin(PAGE, "clean", "--format", "html");
    assertThat(forced.out).startsWith("The parliament postponed");
  }

  @Test
  void treeOfPagesBecomesTxtFiles() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(in.resolve("a.html"), PAGE);
    Path out = tmp.resolve("text");
    CliRun r = CliRun.run("clean", in.toString(), "-o", out.toString());
    assertThat(r.code).isZero();
    assertThat(Files.readString(out.resolve("a.txt"))).startsWith("The parliament postponed");
  }

  @Test
  void inPlaceRefusesHtml() throws Exception {
    Path f = Files.writeString(tmp.resolve("page.html"), PAGE);
    CliRun r = CliRun.run("clean", "--in-place", f.toString());
    assertThat(r.code).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.err).contains("page.html: in-place would replace an HTML page with text");
    assertThat(Files.readString(f)).isEqualTo(PAGE);
  }
}
