package dev.winnow.html;

import org.jsoup.nodes.Element;

/** A raw text block during extraction (mutable, one extraction only). */
final class Seg {
  final String text;
  final int chars;
  final int linkChars;
  /** Length with CJK characters counted three times (they carry a word each). */
  final int weight;
  final Element owner;
  final BlockKind kind;
  final int depth;
  final int index;
  /** Contentness value; positive looks like article text, negative like boilerplate. */
  double value;

  Seg(String text, int linkChars, Element owner, BlockKind kind, int depth, int index) {
    this.text = text;
    this.chars = text.length();
    this.weight = chars + 2 * cjk(text);
    this.linkChars = Math.min(linkChars, text.length());
    this.owner = owner;
    this.kind = kind;
    this.depth = depth;
    this.index = index;
  }

  static int cjk(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '\u3040' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af'
          || c >= '\uf900' && c <= '\ufaff') {
        n++;
      }
    }
    return n;
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  Block toBlock() {
    return new Block(text, kind, linkDensity(), depth);
  }

  @Override
  public String toString() {
    return kind + "[" + String.format("%.0f", value) + ",ld=" + String.format("%.2f", linkDensity())
        + "," + owner.tagName() + "." + owner.className() + "] " + text;
  }
}
