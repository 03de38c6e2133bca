package dev.winnow.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds a corpus for evaluating {@code learn}: clean articles (BBC in English, Meduza in Russian,
 * split into paragraphs at sentence boundaries) wrapped in the chrome of made-up sites that no
 * built-in rule knows: a masthead and menu with slight variation, an appeal in 70% of the pages
 * (at the end or inside the article), a footer whose year changes, and, inside the articles, news
 * lines that legitimately recur ("He declined to comment.", a wire dateline). Writes {@code
 * SITE/NNNN.txt} (raw) beside {@code SITE/NNNN.gold.txt} (the article), deterministically from a
 * seed. Usage: {@code LearnCorpus SOURCE_DIR OUT_DIR [SEED] [PAGES_PER_SITE] [REPEAT]}.
 */
public final class LearnCorpus {

  /** A made-up site's chrome. */
  record Site(String name, boolean russian, List<String> masthead, List<String> menu, List<String> extraMenu,
      boolean oneLineMenu, List<String> appeal, List<String> footer, String stock, String dateline) {}

  static List<Site> sites() {
    List<Site> s = new ArrayList<>();
    s.add(new Site("northfield-courier", false,
        List.of("The Northfield Courier", "Independent news for the valley since 1887"),
        List.of("Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather"),
        List.of("Live", "Elections 2024"), false,
        List.of("Before you go...",
            "The Northfield Courier is funded by readers like you. We have no paywall and no billionaire owner, and every pound we receive goes into local reporting.",
            "Join 12,480 supporters who keep independent journalism alive in the valley.",
            "Support the Courier from just £3 a month"),
        List.of("About us | Contact | Advertise | Privacy policy", "Follow us on Facebook, X and Instagram",
            "© %YEAR% Northfield Courier Media Ltd. All rights reserved."),
        "He declined to comment.", "LONDON (Reuters) -"));
    s.add(new Site("harbour-gazette", false,
        List.of("HARBOUR GAZETTE", "Sign in", "Subscribe"),
        List.of("UK", "World", "Money", "Tech", "Science", "Health", "Travel"),
        List.of("Podcasts"), true,
        List.of("A message from our editor",
            "Dear reader, quality journalism costs money. If you value what we do, please consider a contribution.",
            "Give once or monthly - it takes less than a minute.", "Contribute now"),
        List.of("Harbour Gazette, 12 Quay Street, Portsmouth PO1 %NUM%", "Copyright %YEAR% Harbour Gazette Ltd",
            "Terms | Cookies | Accessibility | Complaints"),
        "A spokesperson declined to comment.", "WASHINGTON (AP) —"));
    s.add(new Site("vecherniy-ozyorsk", true,
        List.of("Вечерний Озёрск", "Городская газета"),
        List.of("Главная", "Новости", "Политика", "Экономика", "Общество", "Спорт", "Культура"),
        List.of("Прямой эфир"), false,
        List.of("Поддержите нас!",
            "«Вечерний Озёрск» работает без спонсоров и рекламы от чиновников. Нас читают 48 000 человек в месяц — и только вы можете помочь нам продолжать работу.",
            "Пожертвовать"),
        List.of("© «Вечерний Озёрск», 2003–%YEAR%", "Все права защищены. При перепечатке ссылка обязательна.",
            "О редакции · Контакты · Реклама"),
        "Он отказался от комментариев.", "МОСКВА, %DATE% (Интерфакс) —"));
    s.add(new Site("sibirskiy-vestnik", true,
        List.of("СИБИРСКИЙ ВЕСТНИК", "Войти"),
        List.of("Новости", "Регион", "Деньги", "Происшествия", "Мнения", "Фото"),
        List.of("Спецпроекты"), true,
        List.of("Дорогие читатели!",
            "Мы остаёмся независимым изданием. Каждый рубль, который вы переводите, идёт на зарплаты журналистов и юристов.",
            "Оформите ежемесячное пожертвование — это займёт минуту.", "Помочь редакции", "Напомнить позже"),
        List.of("Сибирский вестник © %YEAR%", "Свидетельство о регистрации СМИ ЭЛ № ФС 77-%NUM%",
            "Политика конфиденциальности | Пользовательское соглашение"),
        "В пресс-службе от комментариев отказались.", "НОВОСИБИРСК, %DATE% (РИА Новости) —"));
    return s;
  }

  private static final String[] MONTHS_EN = {"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"};
  private static final String[] MONTHS_RU = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"};

  /** One generated page. */
  record Page(String raw, String gold) {}

  /** Wraps an article (title + paragraphs) in a site's chrome. */
  static Page page(Site site, List<String> article, Random r) {
    List<String> raw = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    int year = 2015 + r.nextInt(10);
    raw.addAll(site.masthead());
    List<String> menu = new ArrayList<>();
    for (String m : site.menu()) {
      if (r.nextDouble() >= 0.07) {
        menu.add(m);
      }
    }
    if (r.nextDouble() < 0.2) {
      menu.add(site.extraMenu().get(r.nextInt(site.extraMenu().size())));
    }
    if (site.oneLineMenu()) {
      raw.add(String.join(r.nextDouble() < 0.8 ? " | " : " · ", menu));
    } else {
      raw.addAll(menu);
    }
    raw.add("");
    // the article: title, then paragraphs, with recurring news lines here and there
    List<String> body = new ArrayList<>(article);
    String title = body.remove(0);
    raw.add(title);
    gold.add(title);
    raw.add("");
    if (r.nextDouble() < 0.25) {
      String d = site.dateline().replace("%DATE%", (1 + r.nextInt(28)) + " "
          + (site.russian() ? MONTHS_RU[r.nextInt(12)] : MONTHS_EN[r.nextInt(12)]));
      raw.add(d);
      gold.add(d);
    }
    boolean appeal = r.nextDouble() < 0.7;
    int appealAt = appeal ? (r.nextBoolean() ? body.size() : 1 + r.nextInt(Math.max(1, body.size()))) : -1;
    int stockAt = r.nextDouble() < 0.2 ? r.nextInt(body.size() + 1) : -1;
    for (int i = 0; i <= body.size(); i++) {
      if (i == stockAt) {
        raw.add(site.stock());
        raw.add("");
        gold.add(site.stock());
      }
      if (i == appealAt) {
        for (String a : site.appeal()) {
          raw.add(a.replace("12,480", String.format("%,d", 12000 + r.nextInt(900))));
        }
        raw.add("");
      }
      if (i < body.size()) {
        raw.add(body.get(i));
        raw.add("");
        gold.add(body.get(i));
      }
    }
    for (String f : site.footer()) {
      raw.add(f.replace("%YEAR%", String.valueOf(year)).replace("%NUM%", String.valueOf(10000 + r.nextInt(89999))));
    }
    return new Page(String.join("\n", raw) + "\n", String.join("\n", gold) + "\n");
  }

  /** Clean English articles from the BBC set: title, then paragraphs. */
  static List<List<String>> englishArticles(Path bbc) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(bbc)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("README"))
          .sorted().toList()) {
        String t = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(t)) {
          t = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        }
        t = decodeEntities(t);
        List<String> paras = new ArrayList<>();
        for (String l : t.split("\r?\n")) {
          if (!l.isBlank()) {
            paras.add(l.strip());
          }
        }
        if (paras.size() >= 3) {
          out.add(paras);
        }
      }
    }
    return out;
  }

  /** The source has a few numeric entities ("pass&#233;"): decode them, as winnow's reader does. */
  static String decodeEntities(String t) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(\\d{2,6});").matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
          new String(Character.toChars(Integer.parseInt(m.group(1))))));
    }
    m.appendTail(sb);
    return sb.toString().replace("&amp;", "&");
  }

  /** Clean Russian articles from the Meduza set, split into paragraphs of three sentences. */
  static List<List<String>> russianArticles(Path meduza) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (String l : Files.readAllLines(meduza.resolve("index.tsv"))) {
      titles.add(l);
    }
    try (Stream<Path> s = Files.list(meduza.resolve("corpus"))) {
      for (Path p : s.sorted().toList()) {
        String text = Files.readString(p).strip();
        String name = p.getFileName().toString();
        String title = name;
        for (String t : titles) {
          String[] f = t.split("\t");
          if (f.length >= 3 && f[0].equals(name)) {
            title = f[2];
          }
        }
        String[] sentences = text.split("(?<=[.!?…»])\\s+(?=[«\"\\p{Lu}—])");
        List<String> paras = new ArrayList<>();
        paras.add(title);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String sentence : sentences) {
          sb.append(sb.length() == 0 ? "" : " ").append(sentence.strip());
          if (++n == 3) {
            paras.add(sb.toString());
            sb.setLength(0);
            n = 0;
          }
        }
        if (sb.length() > 0) {
          paras.add(sb.toString());
        }
        if (paras.size() >= 3) {
          out.add(paras);
        }
      }
    }
    return out;
  }

  /**
   * Writes the corpus: {@code pages} pages per site (articles drawn without replacement as far as
   * they go), {@code repeat} times over with different seeds (for a large corpus).
   */
  public static int write(Path source, Path out, long seed, int pages, int repeat) throws IOException {
    List<List<String>> en = englishArticles(source.resolve("bbc-fulltext"));
    List<List<String>> ru = russianArticles(source.resolve("meduza-golunov-ru"));
    int written = 0;
    for (int rep = 0; rep < repeat; rep++) {
      Random r = new Random(seed + rep * 7919L);
      List<List<String>> enPool = new ArrayList<>(en);
      List<List<String>> ruPool = new ArrayList<>(ru);
      Collections.shuffle(enPool, r);
      Collections.shuffle(ruPool, r);
      int ei = 0;
      int ri = 0;
      for (Site site : sites()) {
        Path dir = out.resolve(repeat == 1 ? site.name() : site.name() + "-" + rep);
        Files.createDirectories(dir);
        for (int i = 0; i < pages; i++) {
          List<String> art = site.russian() ? ruPool.get(ri++ % ruPool.size()) : enPool.get(ei++ % enPool.size());
          Page p = page(site, art, r);
          String base = String.format("%04d", i + 1);
          Files.writeString(dir.resolve(base + ".txt"), p.raw());
          Files.writeString(dir.resolve(base + ".gold.txt"), p.gold());
          written++;
        }
      }
    }
    return written;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LearnCorpus SOURCE_DIR OUT_DIR [SEED] [PAGES_PER_SITE] [REPEAT]");
      System.exit(2);
    }
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    int pages = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    int repeat = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    try {
      int n = write(Path.of(args[0]), Path.of(args[1]), seed, pages, repeat);
      System.err.println("wrote " + n + " pages to " + args[1]);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
