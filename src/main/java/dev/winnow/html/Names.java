package dev.winnow.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Class / id / role hints. Package-private; patterns are generic web vocabulary, no site names. */
final class Names {
  private Names() {}

  /** Boilerplate vocabulary, matched anywhere in "class id" (lower-cased). */
  private static final String[] NEGATIVE_STEMS = {
      "share", "sharing", "social", "newsletter", "cookie", "consent", "gdpr", "recommend",
      "promo", "advert", "sponsor", "disqus", "paywall", "subscri", "signup", "sign-up",
      "signin", "sign-in", "login", "modal", "popup", "pop-up", "breadcrumb", "outbrain",
      "taboola", "sidebar", "widget", "related", "byline", "dateline", "timestamp", "author",
      "footer", "masthead", "navbar", "navig", "menu", "toolbar", "pagination", "pager",
      "prev-next", "popular", "trending", "readmore", "read-more", "skip", "offscreen",
      "screen-reader", "screenreader", "sr-only", "visually-hidden", "visuallyhidden", "overlay",
      "lightbox", "donat", "recirc", "copyright", "follow", "credit", "notification"};

  /** Boilerplate words that must stand alone between non-alphanumerics ("ad" but not "head"). */
  private static final Set<String> NEGATIVE_WORDS = Set.of(
      "ad", "ads", "adv", "adunit", "adslot", "dfp", "nav", "tag", "tags", "meta", "search",
      "tool", "tools");

  /** Whole class tokens that hide an element by CSS convention. */
  private static final Set<String> HIDDEN_TOKENS =
      Set.of("hidden", "is-hidden", "d-none", "hide", "invisible");

  /** Negative words that stay negative even on a container holding much of the page's text. */
  private static final String[] SURE_STEMS = {
      "disqus", "cookie", "consent", "outbrain", "taboola", "newsletter"};

  private static final String[] POSITIVE_STEMS = {
      "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog",
      "story", "prose", "richtext", "rich-text", "paragraph"};

  private static boolean anyStem(String s, String[] stems) {
    for (String st : stems) if (s.contains(st)) return true;
    return false;
  }

  /** "comment", but not "commentary" (opinion pieces). */
  private static boolean commentWord(String s) {
    for (int i = s.indexOf("comment"); i >= 0; i = s.indexOf("comment", i + 1)) {
      if (!s.startsWith("ary", i + 7)) return true;
    }
    return false;
  }

  static boolean negativeNames(String s) {
    if (anyStem(s, NEGATIVE_STEMS) || commentWord(s)) return true;
    // alphanumeric words
    int n = s.length();
    for (int i = 0; i < n; ) {
      while (i < n && !isAlnum(s.charAt(i))) i++;
      int j = i;
      while (j < n && isAlnum(s.charAt(j))) j++;
      if (j > i) {
        String w = s.substring(i, j);
        if (NEGATIVE_WORDS.contains(w)) return true;
        if (w.equals("more") && j + 1 < n && s.charAt(j) == '-' && isAlnum(s.charAt(j + 1))) {
          return true;
        }
      }
      i = j;
    }
    for (String t : WS.split(s)) if (HIDDEN_TOKENS.contains(t)) return true;
    return false;
  }

  private static final Pattern WS = Pattern.compile("\\s+");

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static final Pattern NEGATIVE_ROLE = Pattern.compile(
      "navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar|toolbar|tablist");

  static final int NEG = 1, SURE = 2, POS = 4, POS_TOKEN = 8;

  /** Per-extraction memo of class/id flags: pages repeat the same class strings a lot. */
  static final class Cache {
    private final java.util.HashMap<String, Integer> flags = new java.util.HashMap<>();

    /** Bit set of NEG, SURE, POS, POS_TOKEN for e's class and id (role included in NEG). */
    int flags(Element e) {
      String names = classAndId(e);
      int f = 0;
      if (!names.isEmpty()) {
        Integer c = flags.get(names);
        if (c == null) {
          c = (negativeNames(names) ? NEG : 0)
              | (sureNegative(names) ? SURE : 0)
              | (positive(names) ? POS : 0)
              | (hasPositiveOnlyToken(names) ? POS_TOKEN : 0);
          flags.put(names, c);
        }
        f = c;
      }
      String role = e.attributes().getIgnoreCase("role");
      if (!role.isEmpty() && NEGATIVE_ROLE.matcher(role.toLowerCase(Locale.ROOT)).matches()) {
        f |= NEG;
      }
      return f;
    }
  }

  static String classAndId(Element e) {
    String c = e.attributes().getIgnoreCase("class");
    String id = e.attributes().getIgnoreCase("id");
    if (c.isEmpty() && id.isEmpty()) return "";
    return (c + " " + id).toLowerCase(Locale.ROOT);
  }

  static boolean negative(Element e, String classAndId) {
    if (!classAndId.isEmpty() && negativeNames(classAndId)) return true;
    String role = e.attributes().getIgnoreCase("role");
    return !role.isEmpty() && NEGATIVE_ROLE.matcher(role.toLowerCase(Locale.ROOT)).matches();
  }

  static boolean sureNegative(String classAndId) {
    return !classAndId.isEmpty() && (anyStem(classAndId, SURE_STEMS) || commentWord(classAndId));
  }

  static boolean positive(String classAndId) {
    return !classAndId.isEmpty() && anyStem(classAndId, POSITIVE_STEMS);
  }

  /** A whitespace-separated class or id token that names content and nothing negative. */
  static boolean hasPositiveOnlyToken(String classAndId) {
    if (classAndId.isEmpty()) return false;
    for (String t : WS.split(classAndId)) {
      if (!t.isEmpty() && anyStem(t, POSITIVE_STEMS) && !negativeNames(t)) return true;
    }
    return false;
  }

  static boolean isArticleBody(Element e) {
    String ip = e.attributes().getIgnoreCase("itemprop");
    return !ip.isEmpty() && ip.toLowerCase(Locale.ROOT).contains("articlebody");
  }

  /** hidden attribute, aria-hidden=true, inline display:none / visibility:hidden. */
  static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) return true;
    if ("true".equalsIgnoreCase(e.attributes().getIgnoreCase("aria-hidden"))) return true;
    String style = e.attributes().getIgnoreCase("style");
    if (style.isEmpty()) return false;
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
