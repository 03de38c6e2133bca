package dev.winnow.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Class / id / role hints. Package-private; patterns are generic web vocabulary, no site names. */
final class Names {
  private Names() {}

  /** Boilerplate vocabulary, matched anywhere in "class id" (lower-cased). */
  private static final Pattern NEGATIVE = Pattern.compile(
      "share|sharing|social|newsletter|cookie|consent|gdpr|recommend|promo|advert|sponsor"
          + "|comment(?!ary)|disqus|paywall|subscri|signup|sign-up|signin|sign-in|login|modal|popup|pop-up"
          + "|breadcrumb|outbrain|taboola|sidebar|widget|related|byline|dateline|timestamp|author"
          + "|footer|masthead|navbar|navig|menu|toolbar|pagination|pager|prev-next|popular|trending"
          + "|readmore|read-more|skip|offscreen|screen-?reader|sr-only|visually-?hidden|overlay|lightbox"
          + "|donat|recirc|copyright|follow|credit|notification"
          + "|(?:^|[^a-z0-9])(?:ad|ads|adv|adunit|adslot|dfp|nav|tags?|meta|search|tools?|more-[a-z]+)(?:[^a-z0-9]|$)"
          + "|(?:^|\\s)(?:hidden|is-hidden|d-none|hide|invisible)(?:\\s|$)");

  /** Negative words that stay negative even on a container holding most of the page's text. */
  private static final Pattern SURE_NEGATIVE =
      Pattern.compile("comment(?!ary)|disqus|cookie|consent|outbrain|taboola|newsletter");

  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|main|page|post|text|blog|story|prose|rich-?text|paragraph");

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
          c = (NEGATIVE.matcher(names).find() ? NEG : 0)
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
    if (!classAndId.isEmpty() && NEGATIVE.matcher(classAndId).find()) return true;
    String role = e.attributes().getIgnoreCase("role");
    return !role.isEmpty() && NEGATIVE_ROLE.matcher(role.toLowerCase(Locale.ROOT)).matches();
  }

  static boolean sureNegative(String classAndId) {
    return !classAndId.isEmpty() && SURE_NEGATIVE.matcher(classAndId).find();
  }

  static boolean positive(String classAndId) {
    return !classAndId.isEmpty() && POSITIVE.matcher(classAndId).find();
  }

  /** A whitespace-separated class or id token that names content and nothing negative. */
  static boolean hasPositiveOnlyToken(String classAndId) {
    if (classAndId.isEmpty()) return false;
    for (String t : classAndId.split("\\s+")) {
      if (!t.isEmpty() && POSITIVE.matcher(t).find() && !NEGATIVE.matcher(t).find()) return true;
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
