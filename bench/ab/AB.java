import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.ToLongFunction;
/** See run.sh: alternates Cleaner.clean passes of two builds in one JVM. Args: DIR CLASSES_A CLASSES_B DEPENDENCY_CLASSPATH. */
public class AB {
  @SuppressWarnings("unchecked")
  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>(); long bytes = 0;
    try (var s = Files.walk(Path.of(a[0]))) { for (Path p : s.filter(Files::isRegularFile).sorted().toList()) { String t = Files.readString(p); texts.add(t); bytes += t.length(); } }
    String yaml = a[3];
    ToLongFunction<List<String>>[] r = new ToLongFunction[2];
    for (int i = 0; i < 2; i++) {
      List<URL> urls = new ArrayList<>(List.of(Path.of(a[1 + i]).toUri().toURL(), Path.of(System.getProperty("ab.runner")).toUri().toURL()));
      for (String e : yaml.split(":")) {
        urls.add(Path.of(e).toUri().toURL());
      }
      URLClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      r[i] = (ToLongFunction<List<String>>) cl.loadClass("Runner").getConstructor().newInstance();
    }
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    List<Double>[] t = new List[] {new ArrayList<>(), new ArrayList<>()}; long[] k = new long[2];
    int rounds = Integer.getInteger("rounds", 16);
    for (int round = 0; round < rounds; round++) for (int i = 0; i < 2; i++) {
      long t0 = mx.getCurrentThreadCpuTime(); k[i] = r[i].applyAsLong(texts); double s = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
      if (round >= 4) t[i].add(s);
    }
    for (int i = 0; i < 2; i++) { Collections.sort(t[i]); System.out.printf("%s: min %.3f s (%.1f MB/s) median %.3f s, dropped %d%n", i == 0 ? "A" : "B", t[i].get(0), bytes / t[i].get(0) / 1e6, t[i].get(t[i].size() / 2), k[i]); }
    System.out.printf("B/A min %.3f median %.3f%n", t[1].get(0) / t[0].get(0), t[1].get(t[1].size()/2) / t[0].get(t[0].size()/2));
  }
}
