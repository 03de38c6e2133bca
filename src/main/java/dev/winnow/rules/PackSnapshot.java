package dev.winnow.rules;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A binary copy of the built-in packs as {@link PackLoader} reads them from their YAML, written
 * while the project is built ({@code mvn process-classes} runs {@link #main}) into the classes
 * beside the YAML. Start-up reads it instead of parsing 170 KB of YAML, and its patterns are
 * compiled on first use ({@link Regex}); their required literals are stored with them. The YAML
 * stays the only source: this is a cache of it, never edited or committed.
 *
 * <p>It records a checksum of the YAML it was made from. A classes directory may have been filled
 * by an IDE that copied edited YAML without making the snapshot again, so there a stale snapshot
 * is detected and ignored; in a jar, which only the build makes, the check is skipped, because
 * reading the YAML just to check it would cost most of what the snapshot saves.
 */
public final class PackSnapshot {
  /** The snapshot's resource, beside the packs. */
  static final String RESOURCE = "builtin-packs.snapshot";

  private static final int MAGIC = 0x574e5053; // "WNPS"
  /** Changes whenever the layout below changes; another version is not read. */
  private static final int VERSION = 9;

  private static final byte LINE = 1;
  private static final byte BLOCK = 2;
  private static final byte CUT = 3;
  private static final byte REPEATED = 4;
  private static final byte CONTEXT = 5;

  private PackSnapshot() {}

  /**
   * Build step: loads the built-in packs from their YAML (as strictly as any pack file) and writes
   * the snapshot into {@code args[0]}, the classes directory. Fails the build on a broken pack.
   */
  public static void main(String[] args) throws IOException {
    List<String> names = BuiltinPacks.names();
    List<RulePack> packs = new ArrayList<>();
    for (String name : names) {
      packs.add(BuiltinPacks.load(name));
    }
    Path out = Path.of(args[0]).resolve(BuiltinPacks.DIR.substring(1)).resolve(RESOURCE);
    Files.createDirectories(out.getParent());
    Files.write(out, write(packs, checksum(names)));
  }

  /**
   * The built-in packs from the snapshot, in the index's order, or null when there is none, or it
   * is of another version, or (in a classes directory) the YAML has changed since it was made.
   */
  static List<RulePack> readBuiltin() {
    java.net.URL url = PackSnapshot.class.getResource(BuiltinPacks.DIR + RESOURCE);
    if (url == null) {
      return null;
    }
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
    boolean check = "file".equals(url.getProtocol());
    return read(bytes, check ? checksum(BuiltinPacks.names()) : null);
  }

  /** CRC-32 over the index and every named pack's YAML, as the snapshot was made from them. */
  static long checksum(List<String> names) {
    CRC32 crc = new CRC32();
    for (String name : names) {
      crc.update(name.getBytes(StandardCharsets.UTF_8));
      try (InputStream in = PackSnapshot.class.getResourceAsStream(BuiltinPacks.DIR + name + ".yaml")) {
        if (in != null) {
          crc.update(in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return crc.getValue();
  }

  // ---- writing ------------------------------------------------------------------------------

  /**
   * The snapshot of these packs, made from YAML with the given checksum.
   *
   * <p>Layout: a header; a table of the distinct strings (names, descriptions, examples, required
   * literals, ...) as two blobs, the Latin-1 ones and the others (UTF-8), each decoded with one call
   * and cut into strings, because decoding thousands of short strings one by one keeps the
   * interpreter and then the JIT busy at start-up; a table of the distinct lists of required
   * literals (a pattern and its alternatives share most of theirs); then the packs, which refer to
   * both tables by index. A pattern's source is stored in place as UTF-8, decoded on first use.
   */
  static byte[] write(List<RulePack> packs, long checksum) {
    Writer w = new Writer();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(body)) {
      w.packs(out, packs);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from a byte array
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(checksum);
      w.tables(out);
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes packs, collecting the strings and literal lists they refer to. */
  private static final class Writer {
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final Map<List<String>, Integer> lists = new LinkedHashMap<>();

    void packs(DataOutputStream out, List<RulePack> packs) throws IOException {
      out.writeInt(packs.size());
      for (RulePack p : packs) {
        string(out, p.name());
        string(out, p.description());
        string(out, p.source());
        Scope s = p.scope();
        strings(out, s.paths());
        strings(out, s.urls());
        regex(out, s.marker());
        strings(out, s.languages());
        out.writeInt(p.rules().size());
        for (Rule r : p.rules()) {
          rule(out, r);
        }
      }
    }

    void tables(DataOutputStream out) throws IOException {
      ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
      ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
      out.writeInt(strings.size());
      for (String x : strings.keySet()) {
        boolean isLatin1 = x.chars().allMatch(c -> c < 256);
        out.writeBoolean(isLatin1);
        out.writeInt(x.length());
        (isLatin1 ? latin1 : utf8).writeBytes(
            x.getBytes(isLatin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
      }
      out.writeInt(latin1.size());
      latin1.writeTo(out);
      out.writeInt(utf8.size());
      utf8.writeTo(out);
      out.writeInt(lists.size());
      for (List<String> l : lists.keySet()) {
        out.writeInt(l.size());
        for (String x : l) {
          out.writeInt(strings.get(x));
        }
      }
    }

    private void rule(DataOutputStream out, Rule r) throws IOException {
      out.writeByte(r instanceof LineRule ? LINE : r instanceof BlockRule ? BLOCK
          : r instanceof CutRule ? CUT : r instanceof RepeatRule ? REPEATED : CONTEXT);
      string(out, r.id());
      string(out, r.description());
      strings(out, r.examples().drop());
      strings(out, r.examples().keep());
      if (r instanceof LineRule l) {
        regex(out, l.pattern());
        out.writeInt(l.alternatives().size());
        for (Regex a : l.alternatives()) {
          regex(out, a);
        }
        regex(out, l.unless());
        out.writeInt(l.minHits());
        gates(out, l.gates());
        out.writeBoolean(l.weak());
        int claims = 0;
        for (LineRule.Neighbour k : l.neighbours()) {
          claims |= 1 << k.ordinal();
        }
        out.writeByte(claims);
        out.writeBoolean(l.placeholder());
      } else if (r instanceof BlockRule b) {
        regex(out, b.start());
        regex(out, b.end());
        out.writeBoolean(b.endRequired());
        out.writeInt(b.maxLines());
        out.writeInt(b.endMaxWords());
        out.writeBoolean(b.unbroken());
        gates(out, b.gates());
      } else if (r instanceof CutRule c) {
        regex(out, c.marker());
        out.writeDouble(c.minPosition());
        out.writeInt(c.minCharsBefore());
        out.writeInt(c.maxLinesAfter());
        gates(out, c.gates());
      } else if (r instanceof RepeatRule x) {
        out.writeInt(x.minChars());
      } else if (r instanceof ContextRule x) {
        out.writeInt(x.maxWords());
        out.writeInt(x.maxChars());
        out.writeInt(x.maxEdgeRun());
      }
    }

    private static void gates(DataOutputStream out, Gates g) throws IOException {
      out.writeInt(g.maxWords());
      out.writeInt(g.minWords());
      out.writeInt(g.maxChars());
      out.writeInt(g.first());
      out.writeInt(g.last());
      out.writeDouble(g.firstShare());
      out.writeDouble(g.lastShare());
    }

    /** A pattern or null: source (UTF-8, in place), flags, required literals and anchoring. */
    private void regex(DataOutputStream out, Regex r) throws IOException {
      out.writeBoolean(r != null);
      if (r == null) {
        return;
      }
      byte[] source = r.source().getBytes(StandardCharsets.UTF_8);
      out.writeInt(source.length);
      out.write(source);
      out.writeInt(r.flags());
      List<String> lits = r.requiredLiterals();
      if (lits != null && !lists.containsKey(lits)) {
        for (String l : lits) {
          strings.putIfAbsent(l, strings.size());
        }
        lists.put(lits, lists.size());
      }
      out.writeInt(lits == null ? -1 : lists.get(lits));
      out.writeBoolean(r.anchoredAtStart());
    }

    private void strings(DataOutputStream out, List<String> list) throws IOException {
      out.writeInt(list.size());
      for (String x : list) {
        string(out, x);
      }
    }

    private void string(DataOutputStream out, String x) throws IOException {
      strings.putIfAbsent(x, strings.size());
      out.writeInt(strings.get(x));
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  /**
   * The packs of a snapshot, or null when it is not one of this version or, with {@code
   * expectedChecksum} given, was made from other YAML.
   */
  static List<RulePack> read(byte[] bytes, Long expectedChecksum) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (bytes.length < 16 || in.getInt() != MAGIC || in.getInt() != VERSION) {
      return null;
    }
    long checksum = in.getLong();
    if (expectedChecksum != null && checksum != expectedChecksum) {
      return null;
    }
    return new Reader(in).packs();
  }

  /** Reads the tables, then the packs. */
  private static final class Reader {
    private final ByteBuffer in;
    private final String[] strings;
    private final List<String>[] lists;

    @SuppressWarnings("unchecked")
    Reader(ByteBuffer in) {
      this.in = in;
      int count = in.getInt();
      boolean[] isLatin1 = new boolean[count];
      int[] length = new int[count];
      for (int i = 0; i < count; i++) {
        isLatin1[i] = in.get() != 0;
        length[i] = in.getInt();
      }
      String latin1 = blob(StandardCharsets.ISO_8859_1);
      String utf8 = blob(StandardCharsets.UTF_8);
      strings = new String[count];
      int l = 0;
      int u = 0;
      for (int i = 0; i < count; i++) {
        if (isLatin1[i]) {
          strings[i] = latin1.substring(l, l += length[i]);
        } else {
          strings[i] = utf8.substring(u, u += length[i]);
        }
      }
      lists = new List[in.getInt()];
      for (int i = 0; i < lists.length; i++) {
        String[] list = new String[in.getInt()];
        for (int k = 0; k < list.length; k++) {
          list[k] = strings[in.getInt()];
        }
        lists[i] = List.of(list);
      }
    }

    private String blob(java.nio.charset.Charset charset) {
      int length = in.getInt();
      String s = new String(in.array(), in.position(), length, charset);
      in.position(in.position() + length);
      return s;
    }

    List<RulePack> packs() {
      int count = in.getInt();
      List<RulePack> packs = new ArrayList<>(count);
      for (int p = 0; p < count; p++) {
        String name = string();
        String description = string();
        String source = string();
        Scope scope = new Scope(strings(), strings(), regex(), strings());
        if (scope.isAll()) {
          scope = Scope.ALL;
        }
        int rules = in.getInt();
        List<Rule> list = new ArrayList<>(rules);
        for (int r = 0; r < rules; r++) {
          list.add(rule());
        }
        packs.add(new RulePack(name, description, scope, list, source));
      }
      return packs;
    }

    private Rule rule() {
      byte kind = in.get();
      String id = string();
      String description = string();
      Examples examples = new Examples(strings(), strings());
      if (examples.isEmpty()) {
        examples = Examples.NONE;
      }
      switch (kind) {
        case LINE -> {
          Regex pattern = regex();
          int n = in.getInt();
          List<Regex> alternatives = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            alternatives.add(regex());
          }
          Regex unless = regex();
          int minHits = in.getInt();
          Gates gates = gates();
          boolean weak = in.get() != 0;
          return new LineRule(id, description, pattern, alternatives, unless, minHits, gates,
              weak, neighbours(in.get()), in.get() != 0, examples);
        }
        case BLOCK -> {
          Regex start = regex();
          Regex end = regex();
          boolean endRequired = in.get() != 0;
          int maxLines = in.getInt();
          int endMaxWords = in.getInt();
          boolean unbroken = in.get() != 0;
          return new BlockRule(id, description, start, end, endRequired, maxLines, endMaxWords,
              unbroken, gates(), examples);
        }
        case CUT -> {
          Regex marker = regex();
          double minPosition = in.getDouble();
          int minCharsBefore = in.getInt();
          int maxLinesAfter = in.getInt();
          return new CutRule(id, description, marker, minPosition, minCharsBefore, maxLinesAfter,
              gates(), examples);
        }
        case REPEATED -> {
          return new RepeatRule(id, description, in.getInt(), examples);
        }
        case CONTEXT -> {
          int maxWords = in.getInt();
          int maxChars = in.getInt();
          return new ContextRule(id, description, maxWords, maxChars, in.getInt(), examples);
        }
        default -> throw new IllegalStateException("snapshot: unknown rule kind " + kind);
      }
    }

    /** The neighbours a line rule claims, one bit per {@link LineRule.Neighbour} by ordinal. */
    private static java.util.Set<LineRule.Neighbour> neighbours(int bits) {
      java.util.Set<LineRule.Neighbour> claims = java.util.EnumSet.noneOf(LineRule.Neighbour.class);
      for (LineRule.Neighbour k : LineRule.Neighbour.values()) {
        if ((bits & (1 << k.ordinal())) != 0) {
          claims.add(k);
        }
      }
      return claims;
    }

    private Gates gates() {
      int maxWords = in.getInt();
      int minWords = in.getInt();
      int maxChars = in.getInt();
      int first = in.getInt();
      int last = in.getInt();
      double firstShare = in.getDouble();
      double lastShare = in.getDouble();
      return new Gates(maxWords, minWords, maxChars, first, last, firstShare, lastShare);
    }

    private Regex regex() {
      if (in.get() == 0) {
        return null;
      }
      int length = in.getInt();
      int offset = in.position();
      in.position(offset + length);
      int flags = in.getInt();
      int list = in.getInt();
      return Regex.lazy(in.array(), offset, length, flags, list < 0 ? null : lists[list],
          in.get() != 0);
    }

    private List<String> strings() {
      int n = in.getInt();
      if (n == 0) {
        return List.of();
      }
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = string();
      }
      return List.of(out);
    }

    private String string() {
      return strings[in.getInt()];
    }
  }
}
