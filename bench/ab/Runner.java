/** One build's cleaner behind a plain interface, loaded in its own class loader by AB. */
import java.nio.file.*;
import java.util.*;
public class Runner implements java.util.function.ToLongFunction<List<String>> {
  final Object cleaner; final java.lang.reflect.Method clean, of, dropped;
  public Runner() throws Exception {
    ClassLoader cl = getClass().getClassLoader();
    Class<?> bp = cl.loadClass("dev.winnow.rules.BuiltinPacks"), cc = cl.loadClass("dev.winnow.Cleaner"), doc = cl.loadClass("dev.winnow.document.Document");
    cleaner = cc.getMethod("of", List.class).invoke(null, bp.getMethod("all").invoke(null));
    clean = cc.getMethod("clean", doc); of = doc.getMethod("of", String.class, String.class);
    dropped = cl.loadClass("dev.winnow.Cleaned").getMethod("droppedLines");
  }
  public long applyAsLong(List<String> texts) {
    try { long k = 0; for (String t : texts) k += (int) dropped.invoke(clean.invoke(cleaner, of.invoke(null, "x", t))); return k; }
    catch (Exception e) { throw new RuntimeException(e); }
  }
}
