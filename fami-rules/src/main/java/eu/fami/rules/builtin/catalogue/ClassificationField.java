package eu.fami.rules.builtin.catalogue;

import eu.fami.model.Classification;
import eu.fami.model.Nullable;
import eu.fami.model.catalogue.Table;
import java.util.function.Function;

/**
 * The single-valued codes of a {@link Classification}: each with its JSON name, the catalogue
 * table that defines it, and its value. The list-valued national actions are {@link
 * #NATIONAL_ACTIONS}.
 *
 * <pre>{@code ClassificationField.INTERVENTION_FIELD.codeIn(classification) // "II.004"}</pre>
 */
public enum ClassificationField {
  SPECIFIC_OBJECTIVE(
      "specificObjective", Table.SPECIFIC_OBJECTIVE, Classification::getSpecificObjective),
  IMPLEMENTATION_MEASURE(
      "implementationMeasure", Table.IMPLEMENTATION_MEASURE,
      Classification::getImplementationMeasure),
  SCOPE_OF_SUPPORT("scopeOfSupport", Table.SCOPE_OF_SUPPORT, Classification::getScopeOfSupport),
  NATIONAL_OBJECTIVE(
      "nationalObjective", Table.NATIONAL_OBJECTIVE, Classification::getNationalObjective),
  INTERVENTION_FIELD(
      "interventionField", Table.INTERVENTION_FIELD, Classification::getInterventionField),
  TYPE_OF_ACTION("typeOfAction", Table.TYPE_OF_ACTION, Classification::getTypeOfAction),
  IMPLEMENTATION_MODALITY(
      "implementationModality", Table.IMPLEMENTATION_MODALITY,
      Classification::getImplementationModality),
  SPECIFIC_THEME("specificTheme", Table.SPECIFIC_THEME, Classification::getSpecificTheme);

  /** JSON name of the national actions (codes of {@link Table#NATIONAL_ACTION}). */
  public static final String NATIONAL_ACTIONS = "nationalActions";

  private static final String PREFIX = "/classification/";

  private final String jsonName;
  private final Table table;
  private final Function<Classification, String> value;

  ClassificationField(String jsonName, Table table, Function<Classification, String> value) {
    this.jsonName = jsonName;
    this.table = table;
    this.value = value;
  }

  /** The property's name in documents ({@code interventionField}). */
  public String jsonName() {
    return jsonName;
  }

  /** The catalogue table that defines the codes. */
  public Table table() {
    return table;
  }

  /** The code stated in {@code classification}, if any. */
  @Nullable
  public String codeIn(Classification classification) {
    return value.apply(classification);
  }

  /** JSON pointer of the value, relative to its project or call. */
  public String pointer() {
    return PREFIX + jsonName;
  }

  /** JSON pointer of the national action at {@code index}, relative to its project or call. */
  public static String nationalActionPointer(int index) {
    return PREFIX + NATIONAL_ACTIONS + "/" + index;
  }
}
