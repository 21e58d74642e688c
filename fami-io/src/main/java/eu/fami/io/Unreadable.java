package eu.fami.io;

import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.util.List;

/** Whether the reader left a value out of the model because it could not read it. */
final class Unreadable {
  private Unreadable() {}

  static boolean at(String modelPointer, List<Violation> problems, SourceMap map) {
    String doc = map.locate(modelPointer).map(Location::getPointer).orElse(modelPointer);
    for (Violation v : problems) {
      String rule = v.getRule();
      if (rule.equals(RuleIds.IO_003) || rule.equals(RuleIds.FMT_004)) {
        String p = v.getLocation().getPointer();
        if (doc.equals(p) || doc.startsWith(p + "/")) {
          return true;
        }
      }
    }
    return false;
  }
}
