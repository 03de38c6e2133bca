package dev.winnow.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes non-content elements from a body before segmentation. Elements that are boilerplate by
 * their tag or name are kept when they hold much of the page's paragraph text (a layout wrapper
 * called "content-share-wrapper", an ASP.NET page-wide {@code <form>}, a "paywall" div around
 * the second half of the article, ...).
 */
final class DomPruner {

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

  private static final int HIDDEN = 16, GUARDED = 32, ARTICLE_BODY = 64;

  private final Names.Cache names;
  private int bodyPara;
  private int bodyText;

  /** An element that may be dropped, with its text and paragraph-text lengths. */
  private static final class Candidate {
    final Element el;
    final int flags;
    int text;
    int para;

    Candidate(Element el, int flags) {
      this.el = el;
      this.flags = flags;
    }
  }

  private DomPruner(Names.Cache names) {
    this.names = names;
  }

  static void clean(Element body, Names.Cache names) {
    new DomPruner(names).run(body);
  }

  /**
   * One post-order walk measures text and paragraph text of every element (paragraph text: a
   * {@code <p>} of at least {@link #PARA_MIN} chars, or a loose text node of at least
   * {@link #TEXT_NODE_PARA_MIN}, never inside a link) and collects the elements that may go.
   */
  private void run(Element body) {
    List<Element> always = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    // Frames: element, text, para, candidate (or null).
    List<Element> els = new ArrayList<>();
    List<int[]> sums = new ArrayList<>();
    List<Candidate> cands = new ArrayList<>();
    els.add(body);
    sums.add(new int[2]);
    cands.add(null);
    Node node = body.childNodeSize() > 0 ? body.childNode(0) : null;
    while (!els.isEmpty()) {
      if (node == null) {
        // close the innermost element
        int top = els.size() - 1;
        Element e = els.remove(top);
        int[] s = sums.remove(top);
        Candidate c = cands.remove(top);
        String tag = e.normalName();
        if (tag.equals("p") && s[0] >= PARA_MIN && s[1] < s[0]) s[1] = s[0];
        if (tag.equals("a")) s[1] = 0;
        if (c != null) {
          c.text = s[0];
          c.para = s[1];
        }
        if (top == 0) {
          bodyText = s[0];
          bodyPara = s[1];
          break;
        }
        int[] ps = sums.get(top - 1);
        ps[0] += s[0];
        ps[1] += s[1];
        node = e.nextSibling();
        continue;
      }
      if (node instanceof TextNode) {
        int t = trimmedLength(((TextNode) node).getWholeText());
        int[] s = sums.get(sums.size() - 1);
        s[0] += t;
        if (t >= TEXT_NODE_PARA_MIN) s[1] += t;
        node = node.nextSibling();
      } else if (node instanceof Element) {
        Element e = (Element) node;
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)) {
          always.add(e);
          node = node.nextSibling();
          continue;
        }
        int flags = classify(e, tag);
        Candidate c = flags != 0 ? new Candidate(e, flags) : null;
        if (c != null) candidates.add(c);
        els.add(e);
        sums.add(new int[2]);
        cands.add(c);
        node = e.childNodeSize() > 0 ? e.childNode(0) : null;
      } else {
        node = node.nextSibling();
      }
    }
    for (Element e : always) e.remove();
    for (Candidate c : candidates) {
      if (c.el.parent() == null || !drop(c)) continue;
      c.el.remove();
    }
  }

  private int classify(Element e, String tag) {
    int f = 0;
    if (Names.hidden(e)) f |= HIDDEN;
    if (GUARDED_TAGS.contains(tag)) f |= GUARDED;
    if (Names.isArticleBody(e)) f |= ARTICLE_BODY;
    f |= names.flags(e);
    // Only negative signs make an element a candidate.
    return (f & (HIDDEN | GUARDED | Names.NEG)) != 0 ? f : 0;
  }

  static int trimmedLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (!Segmenter.isSpace(s.charAt(i))) n++;
    return n;
  }

  /** Whether c holds at least {@code share} of the page's paragraph text (or text). */
  private boolean holds(Candidate c, double share) {
    if (bodyPara >= 300) return c.para >= share * bodyPara;
    return c.text >= share * bodyText;
  }

  private boolean drop(Candidate c) {
    int f = c.flags;
    if ((f & HIDDEN) != 0) return !holds(c, 0.5);
    if ((f & GUARDED) != 0) return !holds(c, 0.5);
    if ((f & ARTICLE_BODY) != 0) return false;
    boolean positiveToken = (f & Names.POS_TOKEN) != 0;
    if ((f & Names.SURE) != 0) return !(positiveToken && holds(c, 0.25));
    return !holds(c, positiveToken ? 0.2 : 0.3);
  }
}
