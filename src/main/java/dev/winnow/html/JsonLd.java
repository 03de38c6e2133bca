package dev.winnow.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads schema.org {@code articleBody} from JSON-LD scripts (a hint, not the output). */
final class JsonLd {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLd() {}

  /** The longest articleBody / text of an Article-like JSON-LD object, or "" when none. */
  static String articleBody(Document doc) {
    String best = "";
    for (Element s : doc.getElementsByTag("script")) {
      String type = s.attr("type");
      if (!type.toLowerCase(java.util.Locale.ROOT).contains("ld+json")) continue;
      String data = s.data();
      if (!data.contains("articleBody")) continue;
      try {
        JsonNode root = MAPPER.readTree(data.trim());
        String found = find(root, 0);
        if (found.length() > best.length()) best = found;
      } catch (Exception ignored) {
        // Malformed JSON-LD is common; it is only a hint.
      }
    }
    return best;
  }

  private static String find(JsonNode n, int depth) {
    if (n == null || depth > 12) return "";
    String best = "";
    if (n.isObject()) {
      JsonNode ab = n.get("articleBody");
      if (ab != null && ab.isTextual()) best = ab.asText();
      for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
        String f = find(it.next(), depth + 1);
        if (f.length() > best.length()) best = f;
      }
    } else if (n.isArray()) {
      for (JsonNode c : n) {
        String f = find(c, depth + 1);
        if (f.length() > best.length()) best = f;
      }
    }
    return best;
  }
}
