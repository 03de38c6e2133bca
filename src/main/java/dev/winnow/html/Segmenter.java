package dev.winnow.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Cuts a (cleaned) DOM into text blocks at block-level element boundaries. */
final class Segmenter {
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
      "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
      "caption", "legend", "noscript", "html");

  private final List<Seg> out = new ArrayList<>();
  private final StringBuilder buf = new StringBuilder();
  private int linkChars;
  /** Whether the last char appended to buf is a space (or buf is empty). */
  private boolean spacePending;

  static List<Seg> segment(Element root) {
    Segmenter s = new Segmenter();
    s.walk(root);
    return s.out;
  }

  private void walk(Element root) {
    // Explicit stack: pages can nest deeper than the Java stack likes.
    List<Frame> stack = new ArrayList<>();
    stack.add(new Frame(root, 0, 0, root));
    while (!stack.isEmpty()) {
      Frame f = stack.get(stack.size() - 1);
      if (f.next >= f.el.childNodeSize()) {
        stack.remove(stack.size() - 1);
        if (f.isBlock) flush(f.owner, f.depth);
        continue;
      }
      Node n = f.el.childNode(f.next++);
      if (n instanceof TextNode) {
        append(((TextNode) n).getWholeText(), f.links > 0);
      } else if (n instanceof Element) {
        Element e = (Element) n;
        String tag = e.normalName();
        if (tag.equals("br")) {
          // <br><br> separates paragraphs; a single <br> is a space.
          if (nextIsBr(e)) flush(f.owner, f.depth);
          else append(" ", false);
          continue;
        }
        if (tag.equals("tr") && !hasBlockDescendant(e)) {
          flush(f.owner, f.depth);
          emitRow(e, f.depth + 1);
          continue;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        if (block) flush(f.owner, f.depth);
        Frame c = new Frame(e, f.depth + 1, f.links + (tag.equals("a") ? 1 : 0), block ? e : f.owner);
        c.isBlock = block;
        stack.add(c);
      }
    }
    flush(root, 0);
  }

  private static boolean nextIsBr(Element br) {
    Node s = br.nextSibling();
    while (s instanceof TextNode && ((TextNode) s).isBlank()) s = s.nextSibling();
    return s instanceof Element && ((Element) s).normalName().equals("br");
  }

  private static boolean hasBlockDescendant(Element e) {
    for (Element d : e.getAllElements()) {
      if (d == e) continue;
      String t = d.normalName();
      if (t.equals("td") || t.equals("th")) continue;
      if (BLOCK_TAGS.contains(t) || t.equals("br")) return true;
    }
    return false;
  }

  private void emitRow(Element tr, int depth) {
    StringBuilder row = new StringBuilder();
    int links = 0;
    for (Element cell : tr.children()) {
      String t = normalize(cell.text());
      if (t.isEmpty()) continue;
      if (row.length() > 0) row.append(" | ");
      row.append(t);
      for (Element a : cell.getElementsByTag("a")) links += a.text().length();
    }
    if (row.length() > 0) {
      out.add(new Seg(row.toString(), links, tr, BlockKind.TABLE_ROW, depth, out.size()));
    }
  }

  private void append(String s, boolean inLink) {
    int added = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        spacePending = true;
      } else {
        if (spacePending && buf.length() > 0) {
          buf.append(' ');
          added++;
        }
        spacePending = false;
        buf.append(c);
        added++;
      }
    }
    if (inLink) linkChars += added;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0'
        || c == '\u200b' || c == '\u2028' || c == '\u2029' || c == '\u3000' || c == '\u202f'
        || (c >= '\u2000' && c <= '\u200a') || c == '\ufeff';
  }

  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean sp = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        sp = true;
      } else {
        if (sp && sb.length() > 0) sb.append(' ');
        sp = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private void flush(Element owner, int depth) {
    if (buf.length() > 0) {
      out.add(new Seg(buf.toString(), linkChars, owner, kindOf(owner), depth, out.size()));
    }
    buf.setLength(0);
    linkChars = 0;
    spacePending = false;
  }

  static BlockKind kindOf(Element owner) {
    String tag = owner.normalName();
    switch (tag) {
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        return BlockKind.HEADING;
      case "li": case "dt": case "dd":
        return BlockKind.LIST_ITEM;
      case "blockquote":
        return BlockKind.QUOTE;
      case "pre":
        return BlockKind.PREFORMATTED;
      case "figcaption": case "caption":
        return BlockKind.CAPTION;
      case "tr":
        return BlockKind.TABLE_ROW;
      case "address": case "summary": case "legend": case "dl": case "hr": case "details":
        return BlockKind.OTHER;
      default:
        break;
    }
    // p / div / td ... inherit list item or quote from a close ancestor.
    Element a = owner.parent();
    for (int i = 0; i < 4 && a != null; i++, a = a.parent()) {
      String t = a.normalName();
      if (t.equals("blockquote")) return BlockKind.QUOTE;
      if (t.equals("li")) return BlockKind.LIST_ITEM;
      if (t.equals("figcaption")) return BlockKind.CAPTION;
      if (t.equals("pre")) return BlockKind.PREFORMATTED;
    }
    return BlockKind.PARAGRAPH;
  }

  private static final class Frame {
    final Element el;
    final int depth;
    final int links;
    final Element owner;
    boolean isBlock;
    int next;

    Frame(Element el, int depth, int links, Element owner) {
      this.el = el;
      this.depth = depth;
      this.links = links;
      this.owner = owner;
    }
  }
}
