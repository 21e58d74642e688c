package eu.fami.model.constraints;

import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.Programme;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.report.Violation;
import java.util.List;

/** STUB of the field checks, replaced when they land. */
public final class FieldChecks {
  public List<Violation> check(Project p, boolean insideDataset) {
    return List.of();
  }

  public List<Violation> check(Call c, boolean insideDataset) {
    return List.of();
  }

  public List<Violation> check(Programme p) {
    return List.of();
  }

  public List<Violation> check(ProgressReport r) {
    return List.of();
  }

  public List<Violation> check(Dataset d) {
    return List.of();
  }
}
