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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The constants of an enumeration of the format by name, and how to say what was expected. */
final class EnumTable<E extends Enum<E>> {
  static final Expected PERIOD_EXPECTED = Expected.oneOf("2014-2020, 2021-2027");

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
  private final E[] constants;
  private final char[][] names;
  final Expected expected;

  private EnumTable(Class<E> type) {
    constants = type.getEnumConstants();
    names = new char[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      byName.put(constants[i].name(), constants[i]);
      names[i] = constants[i].name().toCharArray();
    }
    expected = Expected.oneOf(Stream.of(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")));
  }

  /** The constant named by {@code len} chars of {@code text} from {@code off}, or null. */
  E get(char[] text, int off, int len) {
    for (int i = 0; i < names.length; i++) {
      char[] n = names[i];
      if (n.length == len && Arrays.equals(n, 0, len, text, off, off + len)) {
        return constants[i];
      }
    }
    return null;
  }

  /** The constant named {@code name} exactly, or null. */
  E get(String name) {
    return byName.get(name);
  }
}
