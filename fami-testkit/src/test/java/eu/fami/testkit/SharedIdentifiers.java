package eu.fami.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Partner;
import eu.fami.model.Project;
import java.util.List;

/** The check both the fixtures' and the generator's datasets pass: no two projects share an id. */
public final class SharedIdentifiers {
  private SharedIdentifiers() {}

  /** Codes, CUPs, partner ids and expenditure document ids are each unique across {@code projects}. */
  public static void assertNoneShared(List<Project> projects) {
    assertThat(projects).extracting(Project::getCode).doesNotHaveDuplicates();
    assertThat(projects).extracting(Project::getCup).doesNotHaveDuplicates();
    assertThat(projects.stream().flatMap(p -> p.getPartners().stream()).map(Partner::getId))
        .doesNotHaveDuplicates();
    assertThat(projects.stream()
            .flatMap(p -> p.getReports().stream())
            .flatMap(r -> r.getExpenditure().stream())
            .map(e -> e.getDocument()))
        .doesNotHaveDuplicates();
  }
}
