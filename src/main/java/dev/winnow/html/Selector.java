package dev.winnow.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Scores containers by the blocks they hold and picks the main content. */
final class Selector {
  /** Short lines that are widget labels rather than news. */
  private static final Pattern BOILER_LINE = Pattern.compile(
      "(?i)^(advertisement|advertising|anzeige|publicidad|publicité|sponsored|share( this( article| story)?)?"
          + "|share on \\p{L}+|tweet|email|print|comments?|\\d+ comments?|read more|continue reading|see more"
          + "|related( articles| stories| content)?|sign up|subscribe( now)?|follow us( on \\p{L}+)?|click here.*"
          + "|back to top|skip to (main )?content|loading\\.*|image|photo|video)[.:!]?$");

  private final List<Seg> segs;
  private final Element body;
  private final String title;
  private final String jsonLdBody;
  private final Map<Element, double[]> acc = new java.util.LinkedHashMap<>();

  private final Names.Cache names;

  Selector(List<Seg> segs, Element body, String title, String jsonLdBody, Names.Cache names) {
    this.names = names;
    this.segs = segs;
    this.body = body;
    this.title = title;
    this.jsonLdBody = jsonLdBody;
  }

  List<Seg> select() {
    if (segs.isEmpty()) return segs;
    for (Seg s : segs) s.value = value(s);
    boostJsonLd();
    // Sum block values into every ancestor.
    for (Seg s : segs) {
      int dist = 0;
      for (Element e = s.owner; e != null; e = e.parent(), dist++) {
        double[] a = acc.computeIfAbsent(e, k -> new double[4]);
        a[0] += s.value * decay(dist);
        a[3] += s.value;
        a[1] += s.chars;
        a[2] += s.linkChars;
        if (e == body) break;
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, double[]> en : acc.entrySet()) {
      double sc = en.getValue()[0];
      if (sc <= 0) continue;
      sc *= bonus(en.getKey());
      if (sc > bestScore) {
        bestScore = sc;
        best = en.getKey();
      }
    }
    if (best == null) return fallback();
    Set<Element> chosen = siblings(best);
    List<Seg> picked = new ArrayList<>();
    for (Seg s : segs) {
      if (inside(s.owner, chosen) && keep(s)) picked.add(s);
    }
    return picked;
  }

  /** Weight kept per level when a block's value is credited to its ancestors. */
  static final double DECAY = 0.8;
  /** Distance (in levels above the block's element) up to which an ancestor gets the full value. */
  static final int FLAT = 1;

  /** Weight of a block's value in an ancestor {@code dist} levels above the block's element. */
  static double decay(int dist) {
    return dist <= FLAT ? 1.0 : Math.pow(DECAY, dist - FLAT);
  }

  private List<Seg> fallback() {
    List<Seg> out = new ArrayList<>();
    for (Seg s : segs) if (s.value > 0) out.add(s);
    return out;
  }

  private Set<Element> siblings(Element best) {
    Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.add(best);
    Element parent = best.parent();
    if (parent == null || best == body) return chosen;
    double bestS = acc.get(best)[0];
    for (Element sib : parent.children()) {
      if (sib == best) continue;
      double[] a = acc.get(sib);
      if (a == null || a[0] <= 0) continue;
      double ld = a[1] == 0 ? 0 : a[2] / a[1];
      if (ld > 0.33) continue;
      if ((names.flags(sib) & Names.NEG) != 0) continue;
      if (a[0] >= Math.max(0.1 * bestS, 80)) chosen.add(sib);
    }
    // Split bodies: other elements with the same tag and class as the container.
    String cls = best.className();
    if (Names.positive(cls.toLowerCase(Locale.ROOT))) {
      for (Map.Entry<Element, double[]> en : acc.entrySet()) {
        Element e = en.getKey();
        double[] a = en.getValue();
        if (e == best || a[3] <= 0 || !e.normalName().equals(best.normalName())) continue;
        if (!cls.equals(e.className())) continue;
        double ld = a[1] == 0 ? 0 : a[2] / a[1];
        if (ld <= 0.33 && !inside(e, chosen)) chosen.add(e);
      }
    }
    return chosen;
  }

  private boolean inside(Element e, Set<Element> chosen) {
    for (; e != null; e = e.parent()) {
      if (chosen.contains(e)) return true;
      if (e == body) return false;
    }
    return false;
  }

  private boolean keep(Seg s) {
    double ld = s.linkDensity();
    if (ld > 0.5 && s.chars < 400) return false;
    if (s.chars < 60 && BOILER_LINE.matcher(s.text).matches()) return false;
    if (s.kind == BlockKind.HEADING && sameAsTitle(s.text)) return false;
    return true;
  }

  private boolean sameAsTitle(String h) {
    if (title.isEmpty()) return false;
    String a = squash(h), t = squash(title);
    return !a.isEmpty() && (a.equals(t) || (a.length() >= 15 && t.contains(a)));
  }

  private static String squash(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  private double bonus(Element e) {
    double b = 1.0;
    String tag = e.normalName();
    if (tag.equals("article")) b *= 1.25;
    else if (tag.equals("main")) b *= 1.1;
    if (Names.isArticleBody(e)) b *= 1.5;
    int f = names.flags(e);
    boolean neg = (f & Names.NEG) != 0;
    if ((f & Names.POS) != 0 && !neg) b *= 1.15;
    else if (neg) b *= 0.8;
    return b;
  }

  static double value(Seg s) {
    int c = s.weight;
    if (c == 0) return 0;
    double ld = s.linkDensity();
    if (ld > 0.5) return -c * ld;
    double eff = c * (1 - ld);
    if (s.kind == BlockKind.HEADING) return 0;
    if (eff >= 80) return eff;
    if (eff >= 40 && endsSentence(s.text)) return eff;
    return -0.5 * Math.min(eff, 40);
  }

  static boolean endsSentence(String t) {
    for (int i = t.length() - 1; i >= 0; i--) {
      char c = t.charAt(i);
      if (c == '"' || c == '\'' || c == ')' || c == '”' || c == '’' || c == '»') continue;
      return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == ':';
    }
    return false;
  }

  /** Blocks that repeat JSON-LD articleBody text get extra weight, to find the container. */
  private void boostJsonLd() {
    if (jsonLdBody.length() < 200) return;
    Set<Long> grams = trigrams(jsonLdBody);
    if (grams.size() < 20) return;
    for (Seg s : segs) {
      if (s.chars < 20) continue;
      Set<Long> g = trigrams(s.text);
      if (g.isEmpty()) continue;
      int hit = 0;
      for (Long x : g) if (grams.contains(x)) hit++;
      if (hit >= 0.6 * g.size()) s.value = Math.max(s.value, 0) + s.chars;
    }
  }

  static Set<Long> trigrams(String text) {
    List<String> toks = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean w = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (w && start < 0) start = i;
      else if (!w && start >= 0) {
        toks.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + 2 < toks.size(); i++) {
      long h = toks.get(i).hashCode();
      h = h * 1_000_003L + toks.get(i + 1).hashCode();
      h = h * 1_000_003L + toks.get(i + 2).hashCode();
      out.add(h);
    }
    return out;
  }
}
