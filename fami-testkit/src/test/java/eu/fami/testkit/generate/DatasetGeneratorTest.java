package eu.fami.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.fami.io.FamiJson;
import eu.fami.io.ReadResult;
import eu.fami.model.Call;
import eu.fami.model.CostCategory;
import eu.fami.model.Dataset;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Project;
import eu.fami.testkit.SharedIdentifiers;
import eu.fami.testkit.Consistency;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetGeneratorTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {0, 1, 42, -7, Long.MAX_VALUE})
  void projectsAreConsistentAndShapedLikeTheExamples(long seed) {
    DatasetGenerator g = DatasetGenerator.builder().projects(300).seed(seed).build();

    g.projects()
        .forEach(
            p -> {
              assertThat(Consistency.of(p, g.callOf(index(p)))).as(p.getCode()).isEmpty();
              assertThat(p.getPartners()).hasSizeBetween(2, 6);
              assertThat(p.getBudget().getLines()).hasSizeBetween(10, 30);
              assertThat(p.getReports()).hasSizeBetween(1, 8);
              assertThat(p.getReports())
                  .anySatisfy(r -> assertThat(r.getExpenditure()).isNotEmpty());
            });
  }

  @Test
  void identifiersAreUniqueAcrossCalls() {
    DatasetGenerator g = DatasetGenerator.builder().projects(2_500).seed(3).build();
    List<Project> projects = g.projects().collect(Collectors.toList());

    assertThat(g.calls())
        .extracting(Call::getCode)
        .containsExactly("AVVISO-GEN-0001", "AVVISO-GEN-0002", "AVVISO-GEN-0003");
    SharedIdentifiers.assertNoneShared(projects);
  }

  @Test
  void grantsStayWithinTheCallsAndTheCallsWithinTheProgramme() {
    DatasetGenerator g = DatasetGenerator.builder().projects(2_100).seed(9).build();
    Map<String, BigDecimal> grants = new HashMap<>();
    g.projects()
        .forEach(
            p ->
                p.getFinancing().stream()
                    .filter(f -> f.getSource().isGrant())
                    .forEach(
                        f -> grants.merge(p.getCall(), f.getAmount().value(), BigDecimal::add)));

    g.calls()
        .forEach(
            c ->
                assertThat(grants.get(c.getCode())).isLessThanOrEqualTo(c.getAllocation().value()));
    BigDecimal calls =
        g.calls().stream()
            .map(c -> c.getAllocation().value())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(g.programme().getAllocations())
        .filteredOn(a -> "OS2".equals(a.getSpecificObjective()))
        .singleElement()
        .satisfies(a -> assertThat(a.getAmount().value()).isGreaterThanOrEqualTo(calls));
  }

  @Test
  void variesWhatTheExamplesVary() {
    DatasetGenerator g = DatasetGenerator.builder().projects(1_000).seed(5).build();
    List<Project> projects = g.projects().collect(Collectors.toList());

    assertThat(projects.stream().map(p -> p.getTerritory().get(0)).distinct().count())
        .isEqualTo(21);
    assertThat(projects.stream().map(p -> p.getPartners().size()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(2, 3, 4, 5, 6);
    assertThat(projects.stream().map(p -> p.getReports().size()).collect(Collectors.toSet()))
        .contains(1, 8);
    assertThat(projects)
        .anySatisfy(
            p ->
                assertThat(p.getPartners())
                    .extracting(Partner::getRole)
                    .contains(PartnerRole.ASSOCIATE));
    assertThat(projects).anySatisfy(p -> assertThat(p.getTerritory()).hasSizeGreaterThan(1));
    assertThat(
            projects.stream()
                .flatMap(p -> p.getBudget().getLines().stream())
                .map(l -> l.getCategory())
                .collect(Collectors.toSet()))
        .containsAll(List.of(CostCategory.values()));
  }

  @Test
  void sameSeedSameProjectsOtherSeedOthers() {
    DatasetGenerator a = DatasetGenerator.builder().projects(50).seed(11).build();
    DatasetGenerator b = DatasetGenerator.builder().projects(50).seed(11).build();
    DatasetGenerator c = DatasetGenerator.builder().projects(50).seed(12).build();

    assertThat(a.project(49)).isEqualTo(b.project(49));
    assertThat(a.project(7)).isNotEqualTo(c.project(7));
    assertThat(a.project(7).getCode()).isEqualTo(c.project(7).getCode());
  }

  @Test
  void writingIsByteIdenticalForTheSameSeedAndReadsBack() {
    DatasetGenerator g = DatasetGenerator.builder().projects(120).seed(77).build();
    byte[] first = written(g);
    byte[] second = written(DatasetGenerator.builder().projects(120).seed(77).build());

    assertThat(first).isEqualTo(second);
    assertThat(written(DatasetGenerator.builder().projects(120).seed(78).build()))
        .isNotEqualTo(first);
    ReadResult read = FamiJson.defaults().read(first);
    assertThat(read.problems()).isEmpty();
    Dataset d = read.document(Dataset.class).orElseThrow();
    assertThat(d.getCalls()).isEqualTo(g.calls());
    assertThat(d.getProjects()).hasSize(120);
    assertThat(d.getProjects().get(119).getReports()).isEqualTo(g.project(119).getReports());
    assertThat(d.getProjects().get(119).getBudget()).isEqualTo(g.project(119).getBudget());
  }

  @Test
  void writesStreaming() {
    long[] bytes = {0};
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            bytes[0] += len;
          }
        };
    DatasetGenerator.builder().projects(3_000).seed(1).build().write(counting);

    assertThat(bytes[0]).isGreaterThan(3_000L * 4_000);
  }

  @Test
  void emptyAndOutOfRange() {
    DatasetGenerator empty = DatasetGenerator.builder().projects(0).build();

    assertThat(empty.calls()).isEmpty();
    assertThat(empty.projects()).isEmpty();
    assertThatThrownBy(() -> empty.project(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> DatasetGenerator.builder().projects(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int index(Project p) {
    return Integer.parseInt(p.getCode().substring("PROG-GEN-".length())) - 1;
  }

  private static byte[] written(DatasetGenerator g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    g.write(out);
    return out.toByteArray();
  }
}
