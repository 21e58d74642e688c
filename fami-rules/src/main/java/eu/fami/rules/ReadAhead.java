package eu.fami.rules;

import eu.fami.io.DatasetReader;
import eu.fami.io.ProjectEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the projects of a streamed dataset on a thread of its own, a few batches ahead of the
 * thread that checks them, so that reading and checking overlap (two cores do both at once). The
 * projects come out in document order; at most {@value #BATCHES} batches of {@value #BATCH}
 * projects wait, so memory stays bounded. A failure of the reader thread (the file cannot be read)
 * is rethrown by {@link #next()}. {@link #close()} stops the reader thread and waits for it: the
 * {@link DatasetReader} may be closed, and its trailer problems read, only after that.
 *
 * <pre>{@code
 * try (ReadAhead ahead = new ReadAhead(reader)) {
 *   for (ProjectEntry e; (e = ahead.next()) != null; ) { check(e); }
 * }
 * }</pre>
 */
final class ReadAhead implements AutoCloseable {
  private static final int BATCH = 16;
  private static final int BATCHES = 4;
  private static final long POLL_MILLIS = 50;

  /** What the reader thread hands over: projects, then the end or a failure. */
  private record Batch(List<ProjectEntry> entries, boolean last, Throwable failure) {}

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread thread;
  private volatile boolean stopped;
  private List<ProjectEntry> current = List.of();
  private int position;
  private boolean done;

  /** Starts reading the projects of {@code reader} (its header already read). */
  ReadAhead(DatasetReader reader) {
    thread = new Thread(() -> read(reader), "fami-dataset-reader");
    thread.setDaemon(true);
    thread.start();
  }

  /** The next project in document order, or null after the last. */
  ProjectEntry next() {
    while (position == current.size()) {
      if (done) {
        return null;
      }
      Batch b = take();
      if (b.failure() != null) {
        done = true;
        throw rethrown(b.failure());
      }
      current = b.entries();
      position = 0;
      done = b.last();
    }
    return current.get(position++);
  }

  /** Stops the reader thread if it is still reading, and waits until it has ended. */
  @Override
  public void close() {
    stopped = true;
    queue.clear(); // frees a reader thread waiting for room
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void read(DatasetReader reader) {
    try {
      List<ProjectEntry> batch = new ArrayList<>(BATCH);
      while (!stopped && reader.hasNext()) {
        batch.add(reader.next());
        if (batch.size() == BATCH) {
          put(new Batch(batch, false, null));
          batch = new ArrayList<>(BATCH);
        }
      }
      put(new Batch(batch, true, null));
    } catch (RuntimeException | Error e) {
      put(new Batch(List.of(), true, e));
    }
  }

  /** Waits for room in the queue, giving up once the consumer has stopped. */
  private void put(Batch b) {
    try {
      while (!stopped && !queue.offer(b, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        // the consumer is busy: keep waiting unless it stopped
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // nobody interrupts this thread but its JVM's shutdown
    }
  }

  /** Takes the next batch; an interrupt of the consumer is kept for its caller, not acted on. */
  private Batch take() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return queue.take();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException rethrown(Throwable t) {
    if (t instanceof Error) {
      throw (Error) t;
    }
    return (RuntimeException) t;
  }
}
