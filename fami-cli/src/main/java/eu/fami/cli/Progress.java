package eu.fami.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error while a dataset is validated: the projects read and how many
 * per second, redrawn in place with a carriage return. It appears only after {@link #DELAY_NANOS}
 * and only on a terminal, so that short runs and redirected output stay clean; {@link #done()}
 * erases it. Not thread-safe.
 */
final class Progress implements IntConsumer {
  static final long DELAY_NANOS = 2_000_000_000L;
  static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final String file;
  private final LongSupplier clock;
  private final long start;
  private long last;
  private int width;

  Progress(PrintWriter err, String file, LongSupplier clock) {
    this.err = err;
    this.file = file;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.last = start;
  }

  /** A progress line for {@code file} when standard error is a terminal; otherwise nothing. */
  static IntConsumer forTerminal(PrintWriter err, String file) {
    return isTerminal() ? new Progress(err, file, System::nanoTime) : projects -> {};
  }

  @Override
  public void accept(int projects) {
    long now = clock.getAsLong();
    if (now - start < DELAY_NANOS || now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    long perSecond = Math.round(projects / ((now - start) / 1e9));
    String line = String.format("%s: %,d projects read, %,d/s", file, projects, perSecond);
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  /** Erases the progress line, if one was drawn. */
  void done() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  /** Ends {@code progress} if it is a progress line. */
  static void done(IntConsumer progress) {
    if (progress instanceof Progress) {
      ((Progress) progress).done();
    }
  }

  /** Whether the process talks to a terminal (on Java 22 and later, asks the console itself). */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22 a console exists only on a terminal
    }
  }
}
