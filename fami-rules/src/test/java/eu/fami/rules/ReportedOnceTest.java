package eu.fami.rules;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Project;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value the reader could not read is reported once, by the reader (FAMI-IO-003), not again as
 * missing (FAMI-FMT-001), in every kind of document, also after list elements the reader dropped;
 * and no reader problem is lost.
 */
class ReportedOnceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "project, after a dropped partner | {'kind':'project','code':'P','partners':[1,{'id':5,'name':'N'}]}"
        + " | FAMI-IO-003 /partners/0, FAMI-IO-003 /partners/1/id",
    "call                             | {'kind':'call','code':'C','title':5}"
        + " | FAMI-IO-003 /title",
    "programme                        | {'kind':'programme','code':5}"
        + " | FAMI-IO-003 /code",
    "report, without context          | {'kind':'report','project':'P','quarter':5,"
        + "'expenditure':[{'partner':5,'date':'2024-02-30'}]}"
        + " | FAMI-IO-003 /quarter, FAMI-IO-003 /expenditure/0/partner,"
        + " FAMI-IO-003 /expenditure/0/date",
    "dataset, after a dropped project | {'kind':'dataset','programme':{'code':5},'calls':[{'code':5}],"
        + "'projects':[1,{'code':5}]}"
        + " | FAMI-IO-003 /programme/code, FAMI-IO-003 /calls/0/code, FAMI-IO-003 /projects/0,"
        + " FAMI-IO-003 /projects/1/code",
  })
  void anUnreadableValueIsReportedOnce(String document, String json, String expected) {
    String text = json.replace('\'', '"').replace("{\"kind\"", "{\"format\":\"fami/1\",\"kind\"");
    ValidationReport r = Fami.defaults().validate(text, "doc.json", ValidationContext.NONE);
    List<String> located = r.getViolations().stream()
        .map(v -> v.getRule() + " " + v.getLocation().getPointer())
        .collect(Collectors.toList());
    List<String> io = List.of(expected.split(",\\s*"));
    assertThat(located).containsAll(io);
    for (String problem : io) {
      String pointer = problem.substring(problem.indexOf(' '));
      assertThat(located).as("violations at %s", pointer)
          .filteredOn(l -> l.endsWith(pointer)).containsExactly(problem);
    }
  }

  @Test
  void anUnreadableValueOfAReportInItsProjectsContextIsReportedOnce() {
    String text = "{\"format\":\"fami/1\",\"kind\":\"report\",\"project\":\"P\","
        + "\"quarter\":5,\"expenditure\":[{\"partner\":5,\"date\":\"2024-02-30\"}]}";
    ValidationReport r = Fami.defaults().validate(text, "report.json",
        ValidationContext.ofProject(Project.builder().code("P").build()));
    assertThat(r.getViolations()).extracting(v -> v.getRule() + " " + v.getLocation().getPointer())
        .contains("FAMI-IO-003 /quarter", "FAMI-IO-003 /expenditure/0/partner",
            "FAMI-IO-003 /expenditure/0/date")
        .doesNotContain("FAMI-FMT-001 /quarter", "FAMI-FMT-001 /expenditure/0/partner",
            "FAMI-FMT-001 /expenditure/0/date");
  }
}
