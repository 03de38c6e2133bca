package dev.winnow.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes non-content elements from a body before segmentation. Elements that are boilerplate by
 * their tag or name are kept when they hold most of the page's paragraph text (a layout wrapper
 * called "content-share-wrapper", an ASP.NET page-wide {@code <form>}, ...).
 */
final class Cleaner {
  /** Never content. */
  static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
      "button", "input", "select", "textarea", "option", "link", "meta", "map", "audio", "video",
      "source", "img", "picture", "math", "head", "title", "label");

  /** Boilerplate by tag, unless it holds the main text. */
  static final Set<String> GUARDED_TAGS =
      Set.of("nav", "aside", "form", "header", "footer", "menu", "dialog", "fieldset");

  /** Minimal length of a {@code <p>} that counts as a real paragraph. */
  static final int PARA_MIN = 60;

  /** Minimal length of a loose text node that counts as paragraph text. */
  static final int TEXT_NODE_PARA_MIN = 50;

  static final boolean DEBUG = Boolean.getBoolean("winnow.html.debug");

  private final Map<Element, int[]> stats = new IdentityHashMap<>();
  private int bodyPara;
  private int bodyText;

  static void clean(Element body) {
    Cleaner c = new Cleaner();
    c.measure(body);
    c.prune(body);
  }

  /** Bottom-up: text length and real-paragraph text length of every element. */
  private void measure(Element root) {
    List<Element> order = new ArrayList<>();
    List<Element> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      Element e = stack.remove(stack.size() - 1);
      order.add(e);
      for (Element c : e.children()) stack.add(c);
    }
    // Reverse pre-order visits children before parents.
    for (int i = order.size() - 1; i >= 0; i--) {
      Element e = order.get(i);
      String tag = e.normalName();
      int[] s = new int[2];
      if (!tag.equals("script") && !tag.equals("style")) {
        for (Node n : e.childNodes()) {
          if (n instanceof TextNode) {
            int t = trimmedLength(((TextNode) n).getWholeText());
            s[0] += t;
            // Long loose text counts as paragraph text too (div soup without <p>).
            if (t >= TEXT_NODE_PARA_MIN && !tag.equals("a")) s[1] += t;
          }
          else if (n instanceof Element) {
            int[] cs = stats.get(n);
            if (cs != null) {
              s[0] += cs[0];
              s[1] += cs[1];
            }
          }
        }
        if (tag.equals("p") && s[0] >= PARA_MIN && s[1] < s[0]) s[1] = s[0];
        if (tag.equals("a")) s[1] = 0; // link text is never paragraph text
      }
      stats.put(e, s);
    }
    int[] b = stats.get(root);
    bodyText = b[0];
    bodyPara = b[1];
  }

  private static int trimmedLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (!Segmenter.isSpace(s.charAt(i))) n++;
    return n;
  }

  /** Whether e holds most of the page's text, so must not be dropped for its name or tag. */
  private boolean holdsMain(Element e) {
    return holds(e, 0.5);
  }

  /** Whether e holds at least {@code share} of the page's paragraph text (or text). */
  private boolean holds(Element e, double share) {
    int[] s = stats.get(e);
    if (s == null) return false;
    if (bodyPara >= 300) return s[1] >= share * bodyPara;
    return s[0] >= share * bodyText;
  }

  private void prune(Element root) {
    List<Element> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      Element e = stack.remove(stack.size() - 1);
      List<Element> kids = new ArrayList<>(e.children());
      for (Element c : kids) {
        if (shouldDrop(c)) {
          if (DEBUG) {
            int[] st = stats.get(c);
            System.err.println("drop " + c.normalName() + "." + c.className() + "#" + c.id()
                + " text=" + (st == null ? 0 : st[0]) + " para=" + (st == null ? 0 : st[1])
                + " / body " + bodyText + "," + bodyPara);
          }
          c.remove();
        }
        else stack.add(c);
      }
    }
  }

  private boolean shouldDrop(Element e) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) return true;
    if (tag.equals("body") || tag.equals("html")) return false;
    if (Names.hidden(e)) return !holdsMain(e);
    if (GUARDED_TAGS.contains(tag)) return !holdsMain(e);
    String names = Names.classAndId(e);
    if (Names.isArticleBody(e)) return false;
    if (Names.negative(e, names)) {
      boolean positiveToken = Names.hasPositiveOnlyToken(names);
      if (Names.sureNegative(names)) return !(positiveToken && holds(e, 0.25));
      return !holds(e, positiveToken ? 0.2 : 0.3);
    }
    return false;
  }
}
