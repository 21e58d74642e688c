package eu.fami.io.catalogue;

import java.util.Set;

/** The property names of {@code fami-catalogue/1}, shared by the reader and the writer. */
final class Fields {
  static final String FORMAT = "format";
  static final String PERIOD = "period";
  static final String VERSION = "version";
  static final String SOURCE = "source";
  static final String ENTRIES = "entries";
  static final String FIGURES = "figures";
  static final String TARGET_GROUPS = "targetGroups";
  static final String ANNEX_IV = "annexIv";
  static final String TABLE = "table";
  static final String CODE = "code";
  static final String OBJECTIVE = "objective";
  static final String PARENT = "parent";
  static final String LABEL_IT = "labelIt";
  static final String LABEL_EN = "labelEn";
  static final String UNCERTAIN = "uncertain";
  static final String VALUE = "value";
  static final String CONDITIONS = "conditions";
  static final String MEASURE = "measure";
  static final String SCOPES = "scopes";
  static final String LEAD_LEGAL_FORMS = "leadLegalForms";

  static final Set<String> TOP =
      Set.of(FORMAT, PERIOD, VERSION, SOURCE, ENTRIES, FIGURES, TARGET_GROUPS, ANNEX_IV);
  static final Set<String> ENTRY =
      Set.of(TABLE, CODE, OBJECTIVE, PARENT, LABEL_IT, LABEL_EN, SOURCE, UNCERTAIN);
  static final Set<String> SOURCED = Set.of(VALUE, SOURCE, UNCERTAIN);
  static final Set<String> CATEGORY = Set.of(CODE, SOURCE, CONDITIONS);
  static final Set<String> CONDITION =
      Set.of(OBJECTIVE, MEASURE, SCOPES, LEAD_LEGAL_FORMS, TARGET_GROUPS);

  private Fields() {}
}
