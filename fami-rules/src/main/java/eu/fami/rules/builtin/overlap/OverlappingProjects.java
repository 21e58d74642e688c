package eu.fami.rules.builtin.overlap;

import eu.fami.model.Classification;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Place;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.DatasetScope;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FAMI-OVL-004 (warning): possible overlap of two funded (ADMITTED or CLOSED) projects with the
 * same lead partner id, overlapping dates (start to effective end, a shared day is enough), a
 * shared place of {@code territory} and a shared national action. The later project in document
 * order is reported once, at the project itself, with {@code other} the earlier project's code and
 * {@code lead} the shared lead.
 *
 * <p>Projects are put in buckets keyed by (lead, place, action); per bucket the rule keeps two
 * intervals: the one that ends last and the one that starts first, each with its project's code. A
 * new project is compared with both. So:
 *
 * <ul>
 *   <li>every warning is true (up to a fingerprint collision, see {@link Fingerprint}): the
 *       project named as {@code other} does overlap;
 *   <li>a project is warned whenever it overlaps the earlier project of a shared bucket that ends
 *       last or the one that starts first; in particular detection is complete when, in each
 *       bucket, every project starts no earlier than the projects before it (a document sorted by
 *       start date) or ends no later than all of them;
 *   <li>in any other order a project is missed only if, in every bucket it shares, it lies in a
 *       gap: it starts after the end of the earlier project that starts first and ends before the
 *       start of the earlier project that ends last, while overlapping a third earlier project of
 *       that bucket (so three or more earlier projects with the same lead, place and action).
 * </ul>
 *
 * Memory is two intervals per bucket, whatever the number of projects. Projects with missing or
 * inverted dates are not judged. Source: PN FAMI 2021-2027, lessons learnt from 2014-2020.
 */
public final class OverlappingProjects implements DatasetRule {
  private static final RuleDefinition DEFINITION =
      Definitions.warning(RuleIds.OVL_004, "PN FAMI 2021-2027, lessons learnt from 2014-2020");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Aggregate start(DatasetScope scope) {
    return new Buckets();
  }

  /** Per (lead, place, action) bucket: the interval that ends last and the one that starts first. */
  private static final class Buckets implements Aggregate {
    private final LongIndex keys = new LongIndex();
    private int[] lastStart = new int[16];
    private int[] lastEnd = new int[16];
    private String[] lastCode = new String[16];
    private int[] firstStart = new int[16];
    private int[] firstEnd = new int[16];
    private String[] firstCode = new String[16];

    @Override
    public void accept(ProjectScope project, Findings findings) {
      Project p = project.getProject();
      LocalDate from = p.getStart();
      LocalDate to = p.effectiveEnd();
      if (!p.effectiveStatus().isFunded() || from == null || to == null || to.isBefore(from)) {
        return;
      }
      int start = (int) from.toEpochDay();
      int end = (int) to.toEpochDay();
      List<String> leads = new ArrayList<>();
      List<Long> buckets = new ArrayList<>();
      bucketsOf(p, leads, buckets);
      for (int k = 0; k < buckets.size(); k++) {
        String other = overlapping(keys.indexOf(buckets.get(k)), start, end);
        if (other != null) {
          findings.report("", "other", other, "lead", leads.get(k));
          break;
        }
      }
      String code = ProjectLabel.of(project);
      for (long bucket : buckets) {
        keep(bucket, start, end, code);
      }
    }

    @Override
    public void finish(Findings findings) {
      // every finding is made as projects arrive
    }

    /** The buckets of {@code p}, each with its lead, for every lead, place and action. */
    private static void bucketsOf(Project p, List<String> leads, List<Long> buckets) {
      Classification c = p.getClassification();
      if (c == null) {
        return;
      }
      for (Partner partner : p.getPartners()) {
        String lead = partner.getId();
        if (partner.getRole() != PartnerRole.LEAD || lead == null || lead.isBlank()) {
          continue;
        }
        for (Place place : p.getTerritory()) {
          for (String action : c.getNationalActions()) {
            if (action != null && !action.isBlank()) {
              leads.add(lead);
              buckets.add(Fingerprint.of(lead, place.code(), action));
            }
          }
        }
      }
    }

    /** The code of an earlier project of bucket {@code i} overlapping start..end, or null. */
    private String overlapping(int i, int start, int end) {
      if (i < 0) {
        return null;
      }
      if (lastStart[i] <= end && start <= lastEnd[i]) {
        return lastCode[i];
      }
      if (firstStart[i] <= end && start <= firstEnd[i]) {
        return firstCode[i];
      }
      return null;
    }

    private void keep(long bucket, int start, int end, String code) {
      int known = keys.size();
      int i = keys.add(bucket);
      if (i == known) {
        grow(i);
        lastStart[i] = start;
        lastEnd[i] = end;
        lastCode[i] = code;
        firstStart[i] = start;
        firstEnd[i] = end;
        firstCode[i] = code;
        return;
      }
      if (end > lastEnd[i]) {
        lastStart[i] = start;
        lastEnd[i] = end;
        lastCode[i] = code;
      }
      if (start < firstStart[i]) {
        firstStart[i] = start;
        firstEnd[i] = end;
        firstCode[i] = code;
      }
    }

    private void grow(int i) {
      if (i < lastStart.length) {
        return;
      }
      int n = i + (i >> 1);
      lastStart = Arrays.copyOf(lastStart, n);
      lastEnd = Arrays.copyOf(lastEnd, n);
      lastCode = Arrays.copyOf(lastCode, n);
      firstStart = Arrays.copyOf(firstStart, n);
      firstEnd = Arrays.copyOf(firstEnd, n);
      firstCode = Arrays.copyOf(firstCode, n);
    }
  }
}
