package dev.winnow.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a {@link RulePack} from YAML. Every problem (bad YAML, unknown or missing key, a value of
 * the wrong type, an invalid regex) becomes a {@link RuleFileException} that names the file and the
 * line. The format is documented in the README; in short:
 *
 * <pre>
 * pack: NAME
 * description: TEXT
 * vocab: {NAME: [REGEX, ...]}     # reusable alternatives, referenced as {{NAME}} in patterns
 * scope: {paths: [GLOB], urls: [GLOB], marker: REGEX}
 * rules:
 *   - id: ID
 *     line: REGEX | [REGEX, ...]   # or literal: TEXT | [TEXT, ...]
 *     ...
 * </pre>
 */
public final class PackLoader {
  /** Flags of every compiled pattern unless a rule asks to be case-sensitive. */
  static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private static final Pattern VOCAB_REF = Pattern.compile("\\{\\{([A-Za-z0-9_-]+)}}");
  private static final Set<String> PACK_KEYS =
      Set.of("pack", "description", "language", "vocab", "scope", "rules");
  /** The keys a rule may set that only line rules take: the neighbours' keys among them. */
  private static final String[] LINE_ONLY_KEYS = lineOnlyKeys();
  private static final Set<String> RULE_KEYS = ruleKeys();

  private static String[] lineOnlyKeys() {
    java.util.List<String> keys = new ArrayList<>(List.of("match", "unless", "min-hits", "weak", "placeholder"));
    for (LineRule.Neighbour n : LineRule.Neighbour.values()) {
      keys.add(n.key());
    }
    return keys.toArray(String[]::new);
  }

  private static Set<String> ruleKeys() {
    Set<String> keys = new HashSet<>(List.of(
        "id", "description", "line", "literal", "case-sensitive", "max-words", "min-words", "max-chars",
        "position", "block", "cut", "repeated", "context", "examples"));
    keys.addAll(List.of(LINE_ONLY_KEYS));
    return Set.copyOf(keys);
  }

  private final String file;
  private final Map<String, String> vocab = new LinkedHashMap<>();

  private PackLoader(String file) {
    this.file = file;
  }

  /** Loads a pack from a YAML file. */
  public static RulePack load(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleFileException(path.toString(), 0, "cannot read: " + e.getMessage());
    } catch (java.io.UncheckedIOException e) {
      throw new RuleFileException(path.toString(), 0, "not UTF-8 text");
    }
    return parse(path.toString(), text);
  }

  /** Loads a pack from a classpath resource (a built-in pack). */
  public static RulePack loadResource(String resource, String sourceName) {
    try (InputStream in = PackLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RuleFileException(sourceName, 0, "no such built-in pack");
      }
      return parse(sourceName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RuleFileException(sourceName, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Parses YAML text; {@code sourceName} is used in error messages and as the pack's source. */
  public static RulePack parse(String sourceName, String yamlText) {
    return new PackLoader(sourceName).read(yamlText);
  }

  private RulePack read(String yamlText) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yamlText));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new RuleFileException(file, m == null ? 0 : m.getLine() + 1, "bad YAML: " + problem);
    } catch (YAMLException e) {
      throw new RuleFileException(file, 0, "bad YAML: " + e.getMessage());
    }
    if (root == null) {
      throw new RuleFileException(file, 1, "empty rule file");
    }
    Map<String, Node> top = mapping(root, PACK_KEYS, "pack file");
    String name = requiredString(top, "pack", root);
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw error(top.get("pack"), "pack name must be letters, digits, '.', '_' or '-': " + name);
    }
    String description = optionalString(top, "description", "").strip();
    if (top.containsKey("vocab")) {
      Map<String, Node> v = mapping(top.get("vocab"), null, "vocab");
      for (Map.Entry<String, Node> e : v.entrySet()) {
        List<String> alts = stringList(e.getValue());
        if (alts.isEmpty()) {
          throw error(e.getValue(), "vocab '" + e.getKey() + "' is empty");
        }
        vocab.put(e.getKey(), "(?:" + String.join("|", alts) + ")");
      }
    }
    Scope scope = Scope.ALL;
    if (top.containsKey("scope")) {
      Node sn = top.get("scope");
      Map<String, Node> s = mapping(sn, Set.of("paths", "urls", "marker", "languages"), "scope");
      Regex marker = s.containsKey("marker") ? regex(s.get("marker"), scalar(s.get("marker")), FLAGS) : null;
      scope =
          new Scope(
              s.containsKey("paths") ? stringList(s.get("paths")) : List.of(),
              s.containsKey("urls") ? stringList(s.get("urls")) : List.of(),
              marker,
              languages(s.get("languages")));
    }
    Node rulesNode = top.get("rules");
    if (rulesNode == null) {
      throw error(root, "missing key 'rules'");
    }
    if (!(rulesNode instanceof SequenceNode seq)) {
      throw error(rulesNode, "'rules' must be a list");
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node rn : seq.getValue()) {
      Rule r = rule(rn);
      if (!ids.add(r.id())) {
        throw error(rn, "duplicate rule id '" + r.id() + "'");
      }
      rules.add(r);
    }
    return new RulePack(name, description, scope, rules, file);
  }

  private Rule rule(Node node) {
    Map<String, Node> m = mapping(node, RULE_KEYS, "rule");
    String id = requiredString(m, "id", node);
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw error(m.get("id"), "rule id must be letters, digits, '.', '_' or '-': " + id);
    }
    String description = optionalString(m, "description", "").strip();
    Examples examples = examples(m.get("examples"));
    boolean caseSensitive = bool(m, "case-sensitive", false);
    int flags = caseSensitive ? Pattern.UNICODE_CHARACTER_CLASS : FLAGS;
    Gates gates = gates(m);

    List<String> kinds = new ArrayList<>();
    for (String k : List.of("line", "literal", "block", "cut", "repeated", "context")) {
      if (m.containsKey(k)) {
        kinds.add(k);
      }
    }
    if (kinds.isEmpty()) {
      throw error(node, "rule '" + id + "' needs one of: line, literal, block, cut, repeated, context");
    }
    if (kinds.size() > 1) {
      throw error(node, "rule '" + id + "' has more than one kind: " + String.join(", ", kinds));
    }
    String kind = kinds.get(0);
    onlyFor(m, kind, Set.of("line", "literal"), LINE_ONLY_KEYS);
    if (!kind.equals("line") && !kind.equals("literal") && gates.hasPosition() && !kind.equals("block")) {
      throw error(m.get("position"), "'position' applies to line and block rules only");
    }
    switch (kind) {
      case "line", "literal" -> {
        Node pn = m.get(kind);
        List<String> parts = stringList(pn);
        if (parts.isEmpty()) {
          throw error(pn, "'" + kind + "' is empty");
        }
        String mode = optionalString(m, "match", kind.equals("literal") ? "whole" : "contains");
        List<String> alts = new ArrayList<>();
        for (String p : parts) {
          if (kind.equals("literal")) {
            alts.add(escapeLiteral(p));
          } else {
            regex(pn, p, flags); // report a bad pattern as the user wrote it
            alts.addAll(RegexSyntax.splitAlternation(expandVocab(pn, p)));
          }
        }
        List<String> wrappedAlts = new ArrayList<>();
        for (String a : alts) {
          wrappedAlts.add(wrap(m, mode, a));
        }
        String body = alts.size() == 1 ? alts.get(0) : "(?:" + String.join("|", alts) + ")";
        Regex pattern = regex(pn, wrap(m, mode, body), flags);
        List<Regex> alternatives = new ArrayList<>();
        for (String w : wrappedAlts) {
          alternatives.add(regex(pn, w, flags));
        }
        Regex unless = null;
        if (m.containsKey("unless")) {
          List<String> vetoes = stringList(m.get("unless")); // a list: any of them vetoes
          unless = regex(m.get("unless"), vetoes.size() == 1 ? vetoes.get(0) : "(?:" + String.join(")|(?:", vetoes) + ")", flags);
        }
        int minHits = integer(m, "min-hits", 1);
        return new LineRule(id, description, pattern, alternatives, unless, minHits, gates,
            bool(m, "weak", false), neighbours(m), bool(m, "placeholder", false), examples);
      }
      case "block" -> {
        Node bn = m.get("block");
        Map<String, Node> b = mapping(bn, Set.of("start", "end", "end-required", "max-lines", "end-max-words", "unbroken"), "block");
        Regex start = regex(b.get("start"), requiredString(b, "start", bn), flags);
        Regex end = b.containsKey("end") ? regex(b.get("end"), scalar(b.get("end")), flags) : null;
        int maxLines = integer(b, "max-lines", 40);
        if (maxLines < 1) {
          throw error(b.get("max-lines"), "max-lines must be at least 1");
        }
        return new BlockRule(id, description, start, end, bool(b, "end-required", true), maxLines,
            integer(b, "end-max-words", 0), bool(b, "unbroken", false), gates, examples);
      }
      case "cut" -> {
        Node cn = m.get("cut");
        Map<String, Node> c =
            mapping(cn, Set.of("marker", "min-position", "min-chars-before", "max-lines-after"), "cut");
        Regex marker = regex(c.get("marker"), requiredString(c, "marker", cn), flags);
        double minPos = decimal(c, "min-position", 0.5);
        if (minPos < 0 || minPos > 1) {
          throw error(c.get("min-position"), "min-position is a share between 0 and 1");
        }
        return new CutRule(
            id, description, marker, minPos, integer(c, "min-chars-before", 300),
            integer(c, "max-lines-after", 60), gates, examples);
      }
      case "repeated" -> {
        Map<String, Node> r = mapping(m.get("repeated"), Set.of("min-chars"), "repeated");
        return new RepeatRule(id, description, integer(r, "min-chars", 25), examples);
      }
      default -> {
        Map<String, Node> c =
            mapping(m.get("context"), Set.of("max-words", "max-chars", "max-edge-run"), "context");
        return new ContextRule(
            id, description, integer(c, "max-words", 4), integer(c, "max-chars", 40),
            integer(c, "max-edge-run", 3), examples);
      }
    }
  }

  private String wrap(Map<String, Node> m, String mode, String body) {
    return switch (mode) {
      case "contains" -> body;
      case "whole" -> "^\\s*(?:" + body + ")\\s*$";
      case "prefix" -> "^\\s*(?:" + body + ")";
      default -> throw error(m.get("match"), "match must be contains, whole or prefix, not '" + mode + "'");
    };
  }

  private List<String> languages(Node node) {
    if (node == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String l : stringList(node)) {
      String code = l.strip().toLowerCase(Locale.ROOT);
      if (!dev.winnow.classify.Languages.known(code)) {
        throw error(node, "unknown language '" + l + "' (known: de, en, es, fr, ru)");
      }
      out.add(code);
    }
    return out;
  }

  private void onlyFor(Map<String, Node> m, String kind, Set<String> kinds, String... keys) {
    if (kinds.contains(kind)) {
      return;
    }
    for (String k : keys) {
      if (m.containsKey(k)) {
        throw error(m.get(k), "'" + k + "' applies to line rules only, not to " + kind + " rules");
      }
    }
  }

  private Gates gates(Map<String, Node> m) {
    int first = 0;
    int last = 0;
    double firstShare = 0;
    double lastShare = 0;
    if (m.containsKey("position")) {
      Map<String, Node> p =
          mapping(m.get("position"), Set.of("first", "last", "first-share", "last-share"), "position");
      first = integer(p, "first", 0);
      last = integer(p, "last", 0);
      firstShare = decimal(p, "first-share", 0);
      lastShare = decimal(p, "last-share", 0);
    }
    return new Gates(
        integer(m, "max-words", 0), integer(m, "min-words", 0), integer(m, "max-chars", 0),
        first, last, firstShare, lastShare);
  }

  private Examples examples(Node node) {
    if (node == null) {
      return Examples.NONE;
    }
    Map<String, Node> e = mapping(node, Set.of("drop", "keep"), "examples");
    return new Examples(
        e.containsKey("drop") ? stringList(e.get("drop")) : List.of(),
        e.containsKey("keep") ? stringList(e.get("keep")) : List.of());
  }

  /** Compiles a pattern now, so that a bad one is reported with the file and line. */
  private Regex regex(Node node, String source, int flags) {
    String expanded = expandVocab(node, source);
    try {
      return Regex.compile(expanded, flags);
    } catch (PatternSyntaxException e) {
      throw error(node, "invalid regex: " + e.getDescription() + " in /" + source + "/");
    }
  }

  private String expandVocab(Node node, String source) {
    Matcher m = VOCAB_REF.matcher(source);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String alt = vocab.get(m.group(1));
      if (alt == null) {
        throw error(node, "unknown vocab '" + m.group(1) + "'");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(alt));
    }
    m.appendTail(sb);
    return RegexSyntax.typographicApostrophes(sb.toString());
  }

  /** A literal as a regex that matches it exactly, without \Q..\E so the prefilter can read it. */
  static String escapeLiteral(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("\\.[]{}()<>*+-=!?^$|/#&~:,'\"%@`;".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  // ---- typed access to the node tree -------------------------------------------------------

  private Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
    if (!(node instanceof MappingNode mn)) {
      throw error(node, what + " must be a mapping of key: value");
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : mn.getValue()) {
      String key = scalar(t.getKeyNode());
      if (allowed != null && !allowed.contains(key)) {
        throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what
            + " (expected one of: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
      if (out.put(key, t.getValueNode()) != null) {
        throw error(t.getKeyNode(), "duplicate key '" + key + "'");
      }
    }
    return out;
  }

  private String scalar(Node node) {
    if (!(node instanceof ScalarNode s)) {
      throw error(node, "expected a single value");
    }
    return s.getValue();
  }

  private List<String> stringList(Node node) {
    if (node instanceof ScalarNode s) {
      return List.of(s.getValue());
    }
    if (!(node instanceof SequenceNode seq)) {
      throw error(node, "expected a value or a list of values");
    }
    List<String> out = new ArrayList<>();
    for (Node n : seq.getValue()) {
      out.add(scalar(n));
    }
    return out;
  }

  private String requiredString(Map<String, Node> m, String key, Node parent) {
    Node n = m.get(key);
    if (n == null) {
      throw error(parent, "missing key '" + key + "'");
    }
    String v = scalar(n);
    if (v.isEmpty()) {
      throw error(n, "'" + key + "' is empty");
    }
    return v;
  }

  private String optionalString(Map<String, Node> m, String key, String dflt) {
    return m.containsKey(key) ? scalar(m.get(key)) : dflt;
  }

  private int integer(Map<String, Node> m, String key, int dflt) {
    if (!m.containsKey(key)) {
      return dflt;
    }
    String v = scalar(m.get(key));
    try {
      int i = Integer.parseInt(v.trim());
      if (i < 0) {
        throw error(m.get(key), "'" + key + "' must not be negative");
      }
      return i;
    } catch (NumberFormatException e) {
      throw error(m.get(key), "'" + key + "' must be a whole number, not '" + v + "'");
    }
  }

  private double decimal(Map<String, Node> m, String key, double dflt) {
    if (!m.containsKey(key)) {
      return dflt;
    }
    String v = scalar(m.get(key));
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw error(m.get(key), "'" + key + "' must be a number, not '" + v + "'");
    }
  }

  /**
   * The neighbours a line rule claims, one key each ({@link LineRule.Neighbour#key}: {@code
   * caption-above}, {@code teaser-below}, …). A rule names credits or ad labels, not both; a
   * caption rule may claim the credit below it and the caption above it (a caption that ends "…
   * (Archivbild)").
   */
  private java.util.Set<LineRule.Neighbour> neighbours(Map<String, Node> m) {
    java.util.Set<LineRule.Neighbour> claims = java.util.EnumSet.noneOf(LineRule.Neighbour.class);
    for (LineRule.Neighbour n : LineRule.Neighbour.values()) {
      if (bool(m, n.key(), false)) {
        claims.add(n);
      }
    }
    if (claims.contains(LineRule.Neighbour.CAPTION_ABOVE) && claims.contains(LineRule.Neighbour.TEASER_BELOW)) {
      throw error(m.get("teaser-below"), "a rule names credits ('caption-above') or ad labels ('teaser-below'), not both");
    }
    return claims;
  }

  private boolean bool(Map<String, Node> m, String key, boolean dflt) {
    if (!m.containsKey(key)) {
      return dflt;
    }
    String v = scalar(m.get(key)).toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error(m.get(key), "'" + key + "' must be true or false, not '" + v + "'");
    };
  }

  private RuleFileException error(Node node, String problem) {
    int line = node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    return new RuleFileException(file, line, problem);
  }
}
