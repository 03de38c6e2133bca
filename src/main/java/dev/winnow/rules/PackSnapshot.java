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
  private static final int VERSION = 4;

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
   * The built-in packs from the snapshot, or null when there is none, or it is of another version,
   * or (in a classes directory) the YAML has changed since it was made.
   */
  static List<RulePack> readBuiltin(List<String> names) {
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
    return read(bytes, check ? checksum(names) : null);
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
   * The snapshot of these packs, made from YAML with the given checksum. Required literals come
   * first, as a table of distinct strings and a table of distinct lists of them that the patterns
   * refer to: a pattern and its alternatives share most of theirs, so start-up makes each string
   * and list once (2,700 strings instead of 9,500 for the built-in packs).
   */
  static byte[] write(List<RulePack> packs, long checksum) {
    Map<List<String>, Integer> lists = new LinkedHashMap<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(body)) {
      out.writeInt(packs.size());
      for (RulePack p : packs) {
        writeString(out, p.name());
        writeString(out, p.description());
        writeString(out, p.source());
        Scope s = p.scope();
        writeStrings(out, s.paths());
        writeStrings(out, s.urls());
        writeRegex(out, s.marker(), lists);
        writeStrings(out, s.languages());
        out.writeInt(p.rules().size());
        for (Rule r : p.rules()) {
          writeRule(out, r, lists);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from a byte array
    }
    Map<String, Integer> strings = new LinkedHashMap<>();
    for (List<String> l : lists.keySet()) {
      for (String x : l) {
        strings.putIfAbsent(x, strings.size());
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(checksum);
      writeStrings(out, new ArrayList<>(strings.keySet()));
      out.writeInt(lists.size());
      for (List<String> l : lists.keySet()) {
        out.writeInt(l.size());
        for (String x : l) {
          out.writeInt(strings.get(x));
        }
      }
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeRule(DataOutputStream out, Rule r, Map<List<String>, Integer> lists)
      throws IOException {
    out.writeByte(r instanceof LineRule ? LINE : r instanceof BlockRule ? BLOCK
        : r instanceof CutRule ? CUT : r instanceof RepeatRule ? REPEATED : CONTEXT);
    writeString(out, r.id());
    writeString(out, r.description());
    writeStrings(out, r.examples().drop());
    writeStrings(out, r.examples().keep());
    if (r instanceof LineRule l) {
      writeRegex(out, l.pattern(), lists);
      out.writeInt(l.alternatives().size());
      for (Regex a : l.alternatives()) {
        writeRegex(out, a, lists);
      }
      writeRegex(out, l.unless(), lists);
      out.writeInt(l.minHits());
      writeGates(out, l.gates());
      out.writeBoolean(l.weak());
    } else if (r instanceof BlockRule b) {
      writeRegex(out, b.start(), lists);
      writeRegex(out, b.end(), lists);
      out.writeBoolean(b.endRequired());
      out.writeInt(b.maxLines());
      out.writeInt(b.endMaxWords());
      writeGates(out, b.gates());
    } else if (r instanceof CutRule c) {
      writeRegex(out, c.marker(), lists);
      out.writeDouble(c.minPosition());
      out.writeInt(c.minCharsBefore());
      out.writeInt(c.maxLinesAfter());
      writeGates(out, c.gates());
    } else if (r instanceof RepeatRule x) {
      out.writeInt(x.minChars());
    } else if (r instanceof ContextRule x) {
      out.writeInt(x.maxWords());
      out.writeInt(x.maxChars());
      out.writeInt(x.maxEdgeRun());
    }
  }

  private static void writeGates(DataOutputStream out, Gates g) throws IOException {
    out.writeInt(g.maxWords());
    out.writeInt(g.minWords());
    out.writeInt(g.maxChars());
    out.writeInt(g.first());
    out.writeInt(g.last());
    out.writeDouble(g.firstShare());
    out.writeDouble(g.lastShare());
  }

  /**
   * A pattern or null: source, flags, required literals (-1 for none) and anchoring, so that none
   * of them is worked out at start-up.
   */
  private static void writeRegex(DataOutputStream out, Regex r, Map<List<String>, Integer> lists)
      throws IOException {
    out.writeBoolean(r != null);
    if (r == null) {
      return;
    }
    writeString(out, r.source());
    out.writeInt(r.flags());
    List<String> lits = r.requiredLiterals();
    if (lits != null) {
      lists.putIfAbsent(lits, lists.size());
    }
    out.writeInt(lits == null ? -1 : lists.get(lits));
    out.writeBoolean(r.anchoredAtStart());
  }

  private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      writeString(out, s);
    }
  }

  /** UTF-8 with an int length (writeUTF stops at 64 KB). */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
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
    String[] strings = readStrings(in).toArray(new String[0]);
    @SuppressWarnings("unchecked")
    List<String>[] lists = new List[in.getInt()];
    for (int i = 0; i < lists.length; i++) {
      String[] l = new String[in.getInt()];
      for (int k = 0; k < l.length; k++) {
        l[k] = strings[in.getInt()];
      }
      lists[i] = List.of(l);
    }
    int count = in.getInt();
    List<RulePack> packs = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      String name = readString(in);
      String description = readString(in);
      String source = readString(in);
      Scope scope =
          new Scope(readStrings(in), readStrings(in), readRegex(in, lists), readStrings(in));
      if (scope.isAll()) {
        scope = Scope.ALL;
      }
      int rules = in.getInt();
      List<Rule> list = new ArrayList<>(rules);
      for (int r = 0; r < rules; r++) {
        list.add(readRule(in, lists));
      }
      packs.add(new RulePack(name, description, scope, list, source));
    }
    return packs;
  }

  private static Rule readRule(ByteBuffer in, List<String>[] lists) {
    byte kind = in.get();
    String id = readString(in);
    String description = readString(in);
    Examples examples = new Examples(readStrings(in), readStrings(in));
    if (examples.isEmpty()) {
      examples = Examples.NONE;
    }
    switch (kind) {
      case LINE -> {
        Regex pattern = readRegex(in, lists);
        int n = in.getInt();
        List<Regex> alternatives = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          alternatives.add(readRegex(in, lists));
        }
        Regex unless = readRegex(in, lists);
        int minHits = in.getInt();
        Gates gates = readGates(in);
        return new LineRule(id, description, pattern, alternatives, unless, minHits, gates,
            in.get() != 0, examples);
      }
      case BLOCK -> {
        Regex start = readRegex(in, lists);
        Regex end = readRegex(in, lists);
        boolean endRequired = in.get() != 0;
        int maxLines = in.getInt();
        int endMaxWords = in.getInt();
        return new BlockRule(id, description, start, end, endRequired, maxLines, endMaxWords,
            readGates(in), examples);
      }
      case CUT -> {
        Regex marker = readRegex(in, lists);
        double minPosition = in.getDouble();
        int minCharsBefore = in.getInt();
        int maxLinesAfter = in.getInt();
        return new CutRule(id, description, marker, minPosition, minCharsBefore, maxLinesAfter,
            readGates(in), examples);
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

  private static Gates readGates(ByteBuffer in) {
    int maxWords = in.getInt();
    int minWords = in.getInt();
    int maxChars = in.getInt();
    int first = in.getInt();
    int last = in.getInt();
    double firstShare = in.getDouble();
    double lastShare = in.getDouble();
    return new Gates(maxWords, minWords, maxChars, first, last, firstShare, lastShare);
  }

  private static Regex readRegex(ByteBuffer in, List<String>[] lists) {
    if (in.get() == 0) {
      return null;
    }
    int length = in.getInt();
    int offset = in.position();
    in.position(offset + length);
    int flags = in.getInt();
    int list = in.getInt();
    List<String> lits = list < 0 ? null : lists[list];
    return Regex.lazy(in.array(), offset, length, flags, lits, in.get() != 0);
  }

  private static List<String> readStrings(ByteBuffer in) {
    int n = in.getInt();
    if (n == 0) {
      return List.of();
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = readString(in);
    }
    return List.of(out);
  }

  private static String readString(ByteBuffer in) {
    int len = in.getInt();
    String s = new String(in.array(), in.position(), len, StandardCharsets.UTF_8);
    in.position(in.position() + len);
    return s;
  }
}
