package eu.fami.robustness.documents;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.io.FamiJson;
import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.ReportDocument;
import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationReport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated valid documents of every kind validate without errors, built in code and read from
 * their canonical text alike.
 */
class ValidDocumentProperties {
  private static final Fami FAMI = Fami.defaults();

  @Provide
  Arbitrary<ValidDocuments.Case> valid() {
    return ValidDocuments.all();
  }

  @Property(tries = 300)
  void aValidDocumentHasNoErrors(@ForAll("valid") ValidDocuments.Case c) {
    assertThat(FAMI.validate(text(c), "generated", c.context()).getViolations())
        .filteredOn(Violation::isError).as("errors of the written document").isEmpty();
    assertThat(inCode(c).getViolations())
        .filteredOn(Violation::isError).as("errors of the document built in code").isEmpty();
  }

  private static String text(ValidDocuments.Case c) {
    return FamiJson.defaults().writeString(c.document());
  }

  private static ValidationReport inCode(ValidDocuments.Case c) {
    Object d = c.document();
    if (d instanceof Project) {
      return FAMI.validateProject((Project) d, c.context().getCall());
    } else if (d instanceof Call) {
      return FAMI.validateCall((Call) d);
    } else if (d instanceof Programme) {
      return FAMI.validateProgramme((Programme) d);
    } else if (d instanceof ReportDocument) {
      return FAMI.validateReport((ReportDocument) d, c.context());
    }
    return FAMI.validateDataset((Dataset) d);
  }
}
