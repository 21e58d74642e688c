package eu.fami.rules;

import eu.fami.model.report.Location;
import eu.fami.model.report.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * How often one rule fired in a report, with its first few locations, so that ten thousand copies
 * of one mistake do not hide another.
 */
@Value.Immutable
public interface RuleSummary {
  /** Rule id. */
  String getRule();

  /** Severity in force. */
  Severity getSeverity();

  /** Number of violations. */
  long getCount();

  /** The first locations (at most {@link ValidationReport#SUMMARY_LOCATIONS}). */
  List<Location> getFirstLocations();
}
