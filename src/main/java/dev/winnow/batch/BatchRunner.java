package dev.winnow.batch;

import dev.winnow.io.Input;
import dev.winnow.io.InputWalker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a task over every input of a walk on a pool of worker threads and hands the results back in
 * input order, so that output to a stream is deterministic. At most a small window of inputs is in
 * flight, so memory is bounded by the largest documents being worked on, not by the corpus. A
 * failing input does not stop the batch: it is recorded and the walk goes on.
 *
 * @param <R> what the task produces per input
 */
public final class BatchRunner<R> {

  /** Work done for one input on a worker thread. */
  @FunctionalInterface
  public interface Task<R> {
    R run(Input input) throws Exception;
  }

  /** Turns a task's exception into a one-line message. */
  @FunctionalInterface
  public interface ErrorText {
    String of(Exception e);
  }

  private final int jobs;
  private final Task<R> task;
  private final ErrorText errorText;
  private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());

  /**
   * @param jobs      worker threads (1 runs everything on the calling thread)
   * @param task      the work per input
   * @param errorText how to describe a task's failure
   */
  public BatchRunner(int jobs, Task<R> task, ErrorText errorText) {
    this.jobs = Math.max(1, jobs);
    this.task = task;
    this.errorText = errorText;
  }

  /**
   * Walks the paths and runs the task on each input; {@code onResult} receives each successful
   * result in input order, on the calling thread; {@code onFailure} each failure, as it happens
   * (walk problems included). Returns the failures.
   */
  public List<Failure> run(
      InputWalker walker, List<String> paths, Consumer<R> onResult, Consumer<Failure> onFailure) {
    Consumer<Failure> fail = f -> {
      failures.add(f);
      onFailure.accept(f);
    };
    if (jobs == 1) {
      walker.walk(paths, in -> runOne(in).accept(onResult, fail),
          p -> fail.accept(new Failure(p.path().toString(), p.message())));
      return List.copyOf(failures);
    }
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "winnow-worker");
      t.setDaemon(true);
      return t;
    });
    int window = jobs * 8;
    ArrayDeque<Future<Outcome<R>>> pending = new ArrayDeque<>();
    try {
      walker.walk(paths, in -> {
        pending.add(pool.submit(() -> runOne(in)));
        while (!pending.isEmpty() && (pending.size() > window || pending.peek().isDone())) {
          take(pending.poll()).accept(onResult, fail);
        }
      }, p -> fail.accept(new Failure(p.path().toString(), p.message())));
      while (!pending.isEmpty()) {
        take(pending.poll()).accept(onResult, fail);
      }
    } finally {
      pool.shutdownNow();
    }
    return List.copyOf(failures);
  }

  private Outcome<R> runOne(Input in) {
    try {
      return new Outcome<>(task.run(in), null);
    } catch (Exception e) {
      return new Outcome<>(null, new Failure(in.displayName(), errorText.of(e)));
    } catch (OutOfMemoryError | StackOverflowError e) {
      return new Outcome<>(null, new Failure(in.displayName(), "too large to process: " + e));
    }
  }

  private static <R> Outcome<R> take(Future<Outcome<R>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private record Outcome<R>(R result, Failure failure) {
    void accept(Consumer<R> onResult, Consumer<Failure> onFailure) {
      if (failure != null) {
        onFailure.accept(failure);
      } else if (result != null) {
        onResult.accept(result);
      }
    }
  }
}
