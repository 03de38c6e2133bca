import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The I/O floor of `winnow clean DIR -o OUT` on this machine: a JVM that reads every .txt file of
 * a tree and writes it unchanged into a mirror, each file atomically as winnow does (a temporary
 * file in the target directory, then a rename), on as many threads as cores. No decoding, no
 * cleaning: whatever this takes, no JVM tool with the same guarantees can beat.
 *
 *   java bench/CopyTree.java SRC DST
 */
public class CopyTree {
  public static void main(String[] args) throws Exception {
    Path src = Path.of(args[0]);
    Path dst = Path.of(args[1]);
    List<Path> files;
    try (Stream<Path> s = Files.walk(src)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Set<Path> dirs = ConcurrentHashMap.newKeySet();
    AtomicLong counter = new AtomicLong();
    int chunk = files.size() / (threads * 16) + 1;
    List<Future<?>> done = new java.util.ArrayList<>();
    for (int from = 0; from < files.size(); from += chunk) {
      int lo = from;
      int hi = Math.min(files.size(), from + chunk);
      done.add(pool.submit(() -> {
        for (int i = lo; i < hi; i++) {
          Path in = files.get(i);
          byte[] bytes = Files.readAllBytes(in);
          Path out = dst.resolve(src.relativize(in));
          Path dir = out.getParent();
          // created before it is recorded: a second thread that finds the directory recorded
          // writes into it at once (recording first lost that race now and then)
          if (!dirs.contains(dir)) {
            Files.createDirectories(dir);
            dirs.add(dir);
          }
          Path tmp = dir.resolve(".copy-" + counter.incrementAndGet() + ".tmp");
          Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return null;
      }));
    }
    try {
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown(); // a failed copy must not leave the pool's threads holding the JVM open
    }
  }
}
