package dev.winnow.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.winnow.html.HtmlExtractor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** The three extractors as html-to-text functions, the same ones the benchmark times. */
public final class Extractors {
  private Extractors() {}

  public static String winnow(String html) {
    return HtmlExtractor.defaults().extract(html, "").text();
  }

  public static String boilerpipe(String html) {
    try {
      String t = ArticleExtractor.INSTANCE.getText(html);
      return t == null ? "" : t;
    } catch (Exception e) {
      return "";
    }
  }

  public static String readability4j(String html) {
    Article a = new Readability4J("http://example.org/", html).parse();
    String t = a.getTextContent();
    return t == null ? "" : t;
  }

  /** Name to function, in report order. */
  public static Map<String, Function<String, String>> all() {
    Map<String, Function<String, String>> m = new LinkedHashMap<>();
    m.put("winnow", Extractors::winnow);
    m.put("boilerpipe", Extractors::boilerpipe);
    m.put("readability4j", Extractors::readability4j);
    return m;
  }
}
