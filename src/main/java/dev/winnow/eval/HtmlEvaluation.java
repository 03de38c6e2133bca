package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.html.HtmlExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Runs an HTML-to-text extractor over gold sets and scores it with {@link ShingleScore}.
 *
 * <p>Two layouts are read: the ScrapingHub benchmark ({@code html/<id>.html.gz}, UTF-8, and
 * {@code ground-truth.json} with {@code {id: {articleBody, url}}}), and a folder of
 * {@code input/*.html} pages with a gold folder of {@code <same name>.txt} files. Pages in the
 * second layout are decoded as UTF-8 when valid, else by their {@code <meta>} charset, else as
 * windows-1252.
 *
 * <p>From the command line: {@code winnow eval --html DATASET}.
 */
public final class HtmlEvaluation {
  private HtmlEvaluation() {}

  /** One page of a gold set: id, url (may be ""), html and gold text. */
  public record GoldPage(String id, String url, String html, String gold) {}

  /** One scored page. */
  public record PageScore(String id, ShingleScore.Counts counts, String predicted) {}

  /** All pages of one run and their benchmark means. */
  public record Result(String name, List<PageScore> pages, ShingleScore.Summary summary) {}

  /** The default data folder: {@code ../shared/data} from the project root (working dir). */
  public static Path defaultDataDir() {
    return Paths.get("..", "shared", "data");
  }

  /** Reads the ScrapingHub benchmark pages, sorted by id. */
  public static List<GoldPage> loadScrapinghub(Path dir) {
    try {
      JsonNode gt = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
      List<GoldPage> pages = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Path f = dir.resolve("html").resolve(e.getKey() + ".html.gz");
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          bytes = in.readAllBytes();
        }
        pages.add(new GoldPage(e.getKey(), e.getValue().path("url").asText(""),
            new String(bytes, StandardCharsets.UTF_8), e.getValue().path("articleBody").asText("")));
      }
      pages.sort((a, b) -> a.id().compareTo(b.id()));
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code inputDir/*.html} with gold {@code goldDir/<name>.txt}, sorted by name. */
  public static List<GoldPage> loadFolder(Path inputDir, Path goldDir) {
    List<GoldPage> pages = new ArrayList<>();
    try (Stream<Path> s = Files.list(inputDir)) {
      for (Path p : (Iterable<Path>) s.sorted()::iterator) {
        String name = p.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".html")) continue;
        String id = name.substring(0, name.length() - 5);
        Path gold = goldDir.resolve(id + ".txt");
        if (!Files.exists(gold)) continue;
        pages.add(new GoldPage(id, "", decode(Files.readAllBytes(p)),
            decode(Files.readAllBytes(gold))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-zA-Z0-9_\\-]+)");

  /** UTF-8 if valid, else the meta charset, else windows-1252. */
  public static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        try {
          Charset cs = Charset.forName(m.group(1));
          if (!cs.equals(StandardCharsets.UTF_8)) return new String(bytes, cs);
        } catch (RuntimeException ignored) {
          // unknown charset name: fall through
        }
      }
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** Scores {@code extractor} (html in, text out) on {@code pages}. */
  public static Result run(String name, List<GoldPage> pages, Function<String, String> extractor) {
    ShingleScore scorer = ShingleScore.benchmark();
    List<PageScore> out = new ArrayList<>(pages.size());
    List<ShingleScore.Counts> counts = new ArrayList<>(pages.size());
    for (GoldPage p : pages) {
      String pred;
      try {
        pred = extractor.apply(p.html());
      } catch (RuntimeException | StackOverflowError e) {
        pred = "";
      }
      if (pred == null) pred = "";
      ShingleScore.Counts c = scorer.score(p.gold(), pred);
      out.add(new PageScore(p.id(), c, pred));
      counts.add(c);
    }
    return new Result(name, out, ShingleScore.summarize(counts));
  }

  /** winnow's extractor as a text function. */
  public static Function<String, String> winnow() {
    HtmlExtractor x = HtmlExtractor.defaults();
    return html -> x.extract(html, "").text();
  }

  /** The three gold sets under {@code dataDir} that exist, scored with {@code extractor}. */
  public static List<Result> runAll(Path dataDir, Function<String, String> extractor) {
    List<Result> results = new ArrayList<>();
    Path sh = dataDir.resolve("scrapinghub");
    if (Files.isDirectory(sh)) results.add(run("scrapinghub", loadScrapinghub(sh), extractor));
    for (String set : List.of("cleanportaleval", "readability-pages")) {
      Path d = dataDir.resolve(set);
      if (Files.isDirectory(d)) {
        results.add(run(set, loadFolder(d.resolve("input"), d.resolve("GoldStandard_plain")),
            extractor));
      }
    }
    return results;
  }

  /** A table row: name, pages, P, R, F1 (F1 of means), mean page F1. */
  public static String format(Result r) {
    ShingleScore.Summary s = r.summary();
    return String.format(Locale.ROOT, "%-20s %5d  P=%.4f  R=%.4f  F1=%.4f  (mean page F1 %.4f)",
        r.name(), s.pages(), s.precision(), s.recall(), s.f1(), s.meanPageF1());
  }
}
