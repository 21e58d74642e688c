package eu.fami.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(10 * SECOND);
  private final StringWriter err = new StringWriter();
  private final Progress progress = new Progress(new PrintWriter(err), "big.json", now::get);

  @Test
  void nothingIsShownDuringTheFirstTwoSeconds() {
    now.addAndGet(SECOND);
    progress.accept(5_000);
    now.addAndGet(SECOND - 1);
    progress.accept(9_000);
    progress.done();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void laterTheLineShowsProjectsAndRateRedrawnInPlaceThenErased() {
    now.addAndGet(4 * SECOND);
    progress.accept(20_000);
    assertThat(err.toString()).isEqualTo("\rbig.json: 20,000 projects read, 5,000/s");
    now.addAndGet(Progress.INTERVAL_NANOS / 2);
    progress.accept(20_500);
    assertThat(err.toString()).doesNotContain("20,500"); // not redrawn more than 4 times a second
    now.addAndGet(SECOND);
    progress.accept(30_000);
    String line = "big.json: 30,000 projects read, 5,854/s"; // 30,000 in 5.125 s
    assertThat(err.toString()).endsWith("\r" + line);
    progress.done();
    assertThat(err.toString()).endsWith("\r" + " ".repeat(line.length()) + "\r");
  }
}
