package eu.fami.testkit.internal;

import eu.fami.model.Allocation;
import eu.fami.model.Classification;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Rate;
import eu.fami.model.TargetGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference documents synthetic data builds on: the national programme of each period with
 * allocations that satisfy the minimum shares, and classifications taken from published calls.
 *
 * <pre>{@code Reference.programme(Period.P2021_2027, 400_000_000_00L)}</pre>
 */
public final class Reference {
  /** Target groups that specific objective 2 serves (DOMAIN.md 0b), for FAMI-ELIG-007. */
  public static final List<TargetGroup> OS2_TARGET_GROUPS =
      List.of(
          TargetGroup.THIRD_COUNTRY_NATIONALS,
          TargetGroup.PROTECTION_BENEFICIARIES,
          TargetGroup.RESETTLED_PERSONS,
          TargetGroup.ASYLUM_SEEKERS,
          TargetGroup.UNACCOMPANIED_MINORS,
          TargetGroup.MINORS,
          TargetGroup.YOUNG_NEET,
          TargetGroup.WOMEN,
          TargetGroup.VULNERABLE_PERSONS,
          TargetGroup.TRAFFICKING_VICTIMS,
          TargetGroup.EXPLOITED_WORKERS,
          TargetGroup.FAMILY_MEMBERS,
          TargetGroup.PUBLIC_SERVICE_STAFF,
          TargetGroup.THIRD_SECTOR_STAFF,
          TargetGroup.MIGRANT_ASSOCIATIONS,
          TargetGroup.HOST_COMMUNITY);

  /** Objectives and their allocations relative to OS2's, in fortieths (OS2 = 40). */
  private static final List<String> OBJECTIVES = List.of("OS1", "OS2", "OS3", "OS4", "TA");

  private static final long[] FORTIETHS = {44, 40, 9, 2, 3};

  private Reference() {}

  /** The code of the national programme of {@code period} ({@code IT-PN-FAMI-2021-2027}). */
  public static String programmeCode(Period period) {
    return "IT-PN-FAMI-" + period.code();
  }

  /**
   * The national programme of {@code period} with at least {@code os2Cents} allocated to OS2, the
   * other objectives in fixed proportion to it (OS1 and OS2 well above their minimum shares), and
   * each allocation declaring its computed share to four decimals.
   */
  public static Programme programme(Period period, long os2Cents) {
    long unit = Math.max(1, (os2Cents + 3_999) / 4_000); // a fortieth of OS2, in whole euros
    long total = 0;
    for (long f : FORTIETHS) {
      total += f * unit;
    }
    List<Allocation> allocations = new ArrayList<>();
    for (int i = 0; i < OBJECTIVES.size(); i++) {
      long euros = FORTIETHS[i] * unit;
      allocations.add(
          Allocation.builder()
              .specificObjective(OBJECTIVES.get(i))
              .amount(Budgets.amount(euros * 100))
              .declaredShare(
                  Rate.of(
                      BigDecimal.valueOf(euros)
                          .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP)))
              .build());
    }
    return Programme.builder()
        .code(programmeCode(period))
        .period(period)
        .memberState("IT")
        .title("Programma Nazionale FAMI " + period.code())
        .managingAuthority(
            "Ministero dell'Interno - Dipartimento per le Libertà Civili e l'Immigrazione")
        .allocations(allocations)
        .build();
  }

  /**
   * Civic-language training: OS2, measure 2.d, scope 2.h, action b, Annex VI II.004 / 003 / 001 /
   * 003 (in 2014-2020: OS2 under national objective ON2).
   */
  public static Classification languageTraining(Period period) {
    return period == Period.P2014_2020
        ? Classification.builder().specificObjective("OS2").nationalObjective("ON2").build()
        : Classification.builder()
            .specificObjective("OS2")
            .implementationMeasure("2.d")
            .scopeOfSupport("2.h")
            .addNationalActions("b")
            .interventionField("II.004")
            .typeOfAction("003")
            .implementationModality("001")
            .specificTheme("003")
            .build();
  }

  /**
   * Capacity building of integration services: OS2, 2.d, scope 2.m, action a, II.001 / 002 / 001 /
   * 003.
   */
  public static Classification capacityBuilding() {
    return Classification.builder()
        .specificObjective("OS2")
        .implementationMeasure("2.d")
        .scopeOfSupport("2.m")
        .addNationalActions("a")
        .interventionField("II.001")
        .typeOfAction("002")
        .implementationModality("001")
        .specificTheme("003")
        .build();
  }
}
