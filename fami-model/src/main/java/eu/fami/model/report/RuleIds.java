package eu.fami.model.report;

import java.util.List;

/**
 * The ids of the built-in rules (DESIGN.md section 4). Ids are a public contract: never renamed,
 * never reused.
 */
public final class RuleIds {
  public static final String IO_001 = "FAMI-IO-001";
  public static final String IO_002 = "FAMI-IO-002";
  public static final String IO_003 = "FAMI-IO-003";
  public static final String IO_004 = "FAMI-IO-004";
  public static final String IO_005 = "FAMI-IO-005";
  public static final String IO_006 = "FAMI-IO-006";
  public static final String FMT_001 = "FAMI-FMT-001";
  public static final String FMT_002 = "FAMI-FMT-002";
  public static final String FMT_003 = "FAMI-FMT-003";
  public static final String FMT_004 = "FAMI-FMT-004";
  public static final String FMT_005 = "FAMI-FMT-005";
  public static final String FMT_006 = "FAMI-FMT-006";
  public static final String FMT_007 = "FAMI-FMT-007";
  public static final String FMT_008 = "FAMI-FMT-008";
  public static final String CAT_001 = "FAMI-CAT-001";
  public static final String CAT_002 = "FAMI-CAT-002";
  public static final String CAT_003 = "FAMI-CAT-003";
  public static final String CAT_004 = "FAMI-CAT-004";
  public static final String CAT_005 = "FAMI-CAT-005";
  public static final String CAT_006 = "FAMI-CAT-006";
  public static final String CAT_007 = "FAMI-CAT-007";
  public static final String CAT_008 = "FAMI-CAT-008";
  public static final String ELIG_001 = "FAMI-ELIG-001";
  public static final String ELIG_002 = "FAMI-ELIG-002";
  public static final String ELIG_003 = "FAMI-ELIG-003";
  public static final String ELIG_004 = "FAMI-ELIG-004";
  public static final String ELIG_005 = "FAMI-ELIG-005";
  public static final String ELIG_006 = "FAMI-ELIG-006";
  public static final String ELIG_007 = "FAMI-ELIG-007";
  public static final String ELIG_008 = "FAMI-ELIG-008";
  public static final String BUD_001 = "FAMI-BUD-001";
  public static final String BUD_002 = "FAMI-BUD-002";
  public static final String BUD_003 = "FAMI-BUD-003";
  public static final String BUD_004 = "FAMI-BUD-004";
  public static final String BUD_005 = "FAMI-BUD-005";
  public static final String BUD_006 = "FAMI-BUD-006";
  public static final String BUD_007 = "FAMI-BUD-007";
  public static final String BUD_008 = "FAMI-BUD-008";
  public static final String BUD_009 = "FAMI-BUD-009";
  public static final String BUD_010 = "FAMI-BUD-010";
  public static final String BUD_011 = "FAMI-BUD-011";
  public static final String BUD_012 = "FAMI-BUD-012";
  public static final String OVL_001 = "FAMI-OVL-001";
  public static final String OVL_002 = "FAMI-OVL-002";
  public static final String OVL_003 = "FAMI-OVL-003";
  public static final String OVL_004 = "FAMI-OVL-004";
  public static final String REF_001 = "FAMI-REF-001";
  public static final String REF_002 = "FAMI-REF-002";
  public static final String MON_001 = "FAMI-MON-001";
  public static final String MON_002 = "FAMI-MON-002";
  public static final String MON_003 = "FAMI-MON-003";
  public static final String MON_004 = "FAMI-MON-004";
  public static final String MON_005 = "FAMI-MON-005";
  public static final String MON_006 = "FAMI-MON-006";
  public static final String MON_007 = "FAMI-MON-007";
  public static final String MON_008 = "FAMI-MON-008";

  /** Every built-in id, in catalogue order. */
  public static final List<String> ALL = List.of(
      IO_001,
      IO_002,
      IO_003,
      IO_004,
      IO_005,
      IO_006,
      FMT_001,
      FMT_002,
      FMT_003,
      FMT_004,
      FMT_005,
      FMT_006,
      FMT_007,
      FMT_008,
      CAT_001,
      CAT_002,
      CAT_003,
      CAT_004,
      CAT_005,
      CAT_006,
      CAT_007,
      CAT_008,
      ELIG_001,
      ELIG_002,
      ELIG_003,
      ELIG_004,
      ELIG_005,
      ELIG_006,
      ELIG_007,
      ELIG_008,
      BUD_001,
      BUD_002,
      BUD_003,
      BUD_004,
      BUD_005,
      BUD_006,
      BUD_007,
      BUD_008,
      BUD_009,
      BUD_010,
      BUD_011,
      BUD_012,
      OVL_001,
      OVL_002,
      OVL_003,
      OVL_004,
      REF_001,
      REF_002,
      MON_001,
      MON_002,
      MON_003,
      MON_004,
      MON_005,
      MON_006,
      MON_007,
      MON_008);

  private RuleIds() {}
}
