package eu.fami.rules;

import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The list elements a streamed dataset's reader could not read and dropped (each a FAMI-IO-003
 * problem at the element), so that a model pointer into a project that has already passed can be
 * turned into the document's pointer: a dataset-wide finding reported after the last project then
 * points where the document has the value. The source map of a passed project is not kept; this
 * keeps one index per dropped element.
 */
final class DroppedElements {
  private final Map<String, TreeSet<Integer>> byList = new HashMap<>();

  /** Records the elements dropped among {@code problems} (document pointers). */
  void record(List<Violation> problems) {
    for (Violation v : problems) {
      String pointer = v.getLocation().getPointer();
      int slash = pointer.lastIndexOf('/');
      if (v.getRule().equals(RuleIds.IO_003) && slash >= 0) {
        int index = index(pointer.substring(slash + 1));
        if (index >= 0) {
          byList.computeIfAbsent(pointer.substring(0, slash), k -> new TreeSet<>()).add(index);
        }
      }
    }
  }

  /** The document pointer of model pointer {@code pointer}. */
  String documentPointer(String pointer) {
    if (byList.isEmpty() || pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder document = new StringBuilder();
    for (String segment : pointer.substring(1).split("/", -1)) {
      TreeSet<Integer> dropped = byList.get(document.toString());
      int index = dropped == null ? -1 : index(segment);
      if (index >= 0) {
        for (int d : dropped) {
          if (d <= index) {
            index++;
          } else {
            break;
          }
        }
        segment = Integer.toString(index);
      }
      document.append('/').append(segment);
    }
    return document.toString();
  }

  /** {@code segment} as a list index, or -1. */
  private static int index(String segment) {
    if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(segment);
  }
}
