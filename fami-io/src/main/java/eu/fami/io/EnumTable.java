package eu.fami.io;

import eu.fami.model.CostCategory;
import eu.fami.model.CostMethod;
import eu.fami.model.FundingSource;
import eu.fami.model.IdScheme;
import eu.fami.model.IndirectCostMethod;
import eu.fami.model.LegalForm;
import eu.fami.model.PartnerRole;
import eu.fami.model.ProjectStatus;
import eu.fami.model.TargetGroup;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The constants of an enumeration of the format by name, and how to say what was expected. */
final class EnumTable<E extends Enum<E>> {
  static final String PERIOD_EXPECTED = "one of: 2014-2020, 2021-2027";

  static final EnumTable<CostCategory> COST_CATEGORY = new EnumTable<>(CostCategory.class);
  static final EnumTable<CostMethod> COST_METHOD = new EnumTable<>(CostMethod.class);
  static final EnumTable<FundingSource> FUNDING_SOURCE = new EnumTable<>(FundingSource.class);
  static final EnumTable<IdScheme> ID_SCHEME = new EnumTable<>(IdScheme.class);
  static final EnumTable<IndirectCostMethod> INDIRECT_COST_METHOD =
      new EnumTable<>(IndirectCostMethod.class);
  static final EnumTable<LegalForm> LEGAL_FORM = new EnumTable<>(LegalForm.class);
  static final EnumTable<PartnerRole> PARTNER_ROLE = new EnumTable<>(PartnerRole.class);
  static final EnumTable<ProjectStatus> PROJECT_STATUS = new EnumTable<>(ProjectStatus.class);
  static final EnumTable<TargetGroup> TARGET_GROUP = new EnumTable<>(TargetGroup.class);

  private final Map<String, E> byName = new HashMap<>();
  final String expected;

  private EnumTable(Class<E> type) {
    for (E e : type.getEnumConstants()) {
      byName.put(e.name(), e);
    }
    expected = "one of: " + Stream.of(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  /** The constant named {@code name} exactly, or null. */
  E get(String name) {
    return byName.get(name);
  }
}
