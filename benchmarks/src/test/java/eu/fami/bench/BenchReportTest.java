package eu.fami.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  @Test
  void mergeReplacesOnlyTheResultsAndKeepsTheFindings() {
    String page = "# Benchmarks\n\nintro\n\n" + BenchReport.BEGIN + "\nold figures\n" + BenchReport.END
        + "\n\n## Findings\n\nkept\n";

    String merged = BenchReport.merge(page, "new figures\n");

    assertThat(merged)
        .contains("intro", BenchReport.BEGIN + "\nnew figures\n" + BenchReport.END, "## Findings\n\nkept")
        .doesNotContain("old figures");
  }

  @Test
  void mergeStartsAPageWithoutMarkers() {
    assertThat(BenchReport.merge(null, "figures\n"))
        .startsWith("# Benchmarks")
        .contains(BenchReport.BEGIN + "\nfigures\n" + BenchReport.END);
  }

  @Test
  void statsGiveTheMedianAndTheRange() {
    Stats odd = Stats.of(List.of(5.0, 1.0, 3.0));
    Stats even = Stats.of(List.of(4.0, 1.0, 3.0, 2.0));

    assertThat(odd.median()).isEqualTo(3.0);
    assertThat(even.median()).isCloseTo(2.5, within(1e-9));
    assertThat(even.format(1)).isEqualTo("2.5 [1.0..4.0]");
  }
}
