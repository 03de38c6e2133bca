package dev.winnow.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule packs shipped inside winnow, under {@code /dev/winnow/packs/}, listed in order by
 * {@code index.txt}. They are ordinary pack files, loaded with {@link PackLoader} like a user's;
 * at run time they come from the {@link PackSnapshot} the build makes of them, which reads faster
 * and compiles each pattern on first use.
 */
public final class BuiltinPacks {
  static final String DIR = "/dev/winnow/packs/";
  /** How a built-in pack's {@link RulePack#source()} begins. */
  static final String SOURCE_PREFIX = "builtin:";
  private static volatile List<RulePack> cache;

  private BuiltinPacks() {}

  /** Names of the built-in packs, in the order they run. */
  public static List<String> names() {
    try (InputStream in = BuiltinPacks.class.getResourceAsStream(DIR + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          names.add(t);
        }
      }
      return names;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read built-in pack index", e);
    }
  }

  /**
   * All built-in packs, loaded once (a second caller waits for the first instead of loading again):
   * from the build's snapshot, or from the YAML when there is no current snapshot.
   */
  public static synchronized List<RulePack> all() {
    List<RulePack> c = cache;
    if (c == null) {
      List<RulePack> loaded = PackSnapshot.readBuiltin();
      if (loaded == null) {
        loaded = new ArrayList<>();
        for (String name : names()) {
          loaded.add(load(name));
        }
      }
      c = List.copyOf(loaded);
      cache = c;
    }
    return c;
  }

  /** One built-in pack by name, from its YAML. */
  public static RulePack load(String name) {
    return PackLoader.loadResource(DIR + name + ".yaml", SOURCE_PREFIX + name);
  }
}
