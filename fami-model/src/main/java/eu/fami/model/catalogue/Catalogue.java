package eu.fami.model.catalogue;

import eu.fami.model.IndirectCostMethod;
import eu.fami.model.Nullable;
import eu.fami.model.Period;
import eu.fami.model.TargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reference data of one programming period: every code table ({@link Table}) with labels and
 * sources, the figures the rules rest on ({@link Figure}), the target groups each objective serves,
 * and the Annex IV categories. Immutable and thread-safe; the two shipped catalogues are {@link
 * #builtIn}, and {@link #toBuilder()} amends one (a region's own actions, a programme amendment).
 *
 * <p>Entries are identified by table and code, except in tables whose codes restart per objective
 * ({@link Table#codesRestartPerObjective()}: national actions, 2014-2020 national objectives), where
 * they are identified by objective and code: use {@link #entry(Table, String, String)} there.
 *
 * <pre>{@code
 * Catalogue c = Catalogue.builtIn(Period.P2021_2027);
 * c.contains(Table.NATIONAL_ACTION, "OS2", "b");          // true
 * c.coFinancingCap("001").map(Sourced::value);           // Optional[0.75]
 * }</pre>
 */
public final class Catalogue {
  /** The code of technical assistance, which takes the form of a specific objective. */
  public static final String TECHNICAL_ASSISTANCE = "TA";

  private final Period period;
  private final Map<Table, List<CatalogueEntry>> entries;
  private final Map<Table, Map<String, CatalogueEntry>> index;
  /** Per table, the first entry in catalogue order of each code (whatever its objective). */
  private final Map<Table, Map<String, CatalogueEntry>> firstByCode;
  private final Map<String, Sourced<?>> figures;
  private final Map<String, Sourced<Set<TargetGroup>>> targetGroups;
  private final List<AnnexIvCategory> annexIv;
  /** Computed on first use: a validator builds both periods' catalogues but reports one. */
  private volatile String version;

  private Catalogue(Builder b) {
    this.period = b.period;
    Map<Table, List<CatalogueEntry>> e = new EnumMap<>(Table.class);
    Map<Table, Map<String, CatalogueEntry>> i = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      e.put(t, List.copyOf(b.entries.get(t).values()));
      i.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(b.entries.get(t))));
    }
    this.entries = Collections.unmodifiableMap(e);
    this.index = Collections.unmodifiableMap(i);
    Map<Table, Map<String, CatalogueEntry>> first = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      Map<String, CatalogueEntry> byCode = new HashMap<>();
      for (CatalogueEntry entry : e.get(t)) {
        byCode.putIfAbsent(entry.getCode(), entry);
      }
      first.put(t, byCode);
    }
    this.firstByCode = first;
    this.figures = Collections.unmodifiableMap(new TreeMap<>(b.figures));
    this.targetGroups = Collections.unmodifiableMap(new LinkedHashMap<>(b.targetGroups));
    this.annexIv = List.copyOf(b.annexIv.values());
  }

  /** The catalogue shipped for {@code period}: the same instance on every call. */
  public static Catalogue builtIn(Period period) {
    return period == Period.P2021_2027 ? BuiltIn2021.CATALOGUE : BuiltIn2014.CATALOGUE;
  }

  /** An empty builder for {@code period}. */
  public static Builder builder(Period period) {
    return new Builder(period);
  }

  /** A builder holding this catalogue's content, to amend it. */
  public Builder toBuilder() {
    Builder b = new Builder(period);
    entries.values().forEach(b::entries);
    b.figures.putAll(figures);
    b.targetGroups.putAll(targetGroups);
    annexIv.forEach(b::annexIvCategory);
    return b;
  }

  /** The programming period. */
  public Period period() {
    return period;
  }

  /**
   * A content hash (16 hex digits, {@link eu.fami.model.report.ContentHash}) over a canonical
   * rendering of every entry, figure, target group and Annex IV condition: stable across runs,
   * different after any change.
   */
  public String version() {
    String v = version;
    if (v == null) {
      v = CatalogueVersion.of(this);
      version = v;
    }
    return v;
  }

  /** The entries of a table, in catalogue order. */
  public List<CatalogueEntry> entries(Table table) {
    return entries.get(table);
  }

  /**
   * The entries of a table that belong to {@code objective} (with {@code null}: to no objective,
   * such as the horizontal scopes), in catalogue order.
   */
  public List<CatalogueEntry> entries(Table table, @Nullable String objective) {
    return entries.get(table).stream()
        .filter(e -> Objects.equals(objective, e.getObjective()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The entry of a table with {@code code}; in a table whose codes restart per objective, the first
   * such entry in catalogue order (prefer {@link #entry(Table, String, String)} there).
   */
  public Optional<CatalogueEntry> entry(Table table, String code) {
    return Optional.ofNullable(firstByCode.get(table).get(code));
  }

  /**
   * The entry of a table with {@code code} that belongs to {@code objective} ({@code null}: to no
   * objective).
   */
  public Optional<CatalogueEntry> entry(Table table, @Nullable String objective, String code) {
    return Optional.ofNullable(index.get(table).get(key(table, objective, code)))
        .filter(e -> Objects.equals(objective, e.getObjective()));
  }

  /** Whether a table holds {@code code} (under any objective). */
  public boolean contains(Table table, String code) {
    return entry(table, code).isPresent();
  }

  /** Whether a table holds {@code code} under {@code objective} ({@code null}: no objective). */
  public boolean contains(Table table, @Nullable String objective, String code) {
    return entry(table, objective, code).isPresent();
  }

  /** First day of the eligibility window. */
  public Sourced<LocalDate> eligibleFrom() {
    return required(Figure.ELIGIBLE_FROM.key());
  }

  /** Last day of the eligibility window. */
  public Sourced<LocalDate> eligibleTo() {
    return required(Figure.ELIGIBLE_TO.key());
  }

  /** The implementation modality of a project that states none ({@code 001}). */
  public String defaultImplementationModality() {
    return this.<String>required(Figure.DEFAULT_IMPLEMENTATION_MODALITY.key()).value();
  }

  /**
   * The implementation modality of actions listed in Annex IV ({@code 003}), whose projects must
   * fit an {@link #annexIvCategories() Annex IV category}; empty in a catalogue without Annex IV.
   */
  public Optional<String> annexIvModality() {
    return this.<String>figure(Figure.ANNEX_IV_MODALITY.key()).map(Sourced::value);
  }

  /** The EU share cap of an implementation modality; empty for a modality without one. */
  public Optional<Sourced<BigDecimal>> coFinancingCap(String implementationModality) {
    return figure(Figure.CO_FINANCING_CAP.key(implementationModality));
  }

  /** The EU share cap of technical assistance. */
  public Sourced<BigDecimal> technicalAssistanceCap() {
    return required(Figure.TECHNICAL_ASSISTANCE_CAP.key());
  }

  /** The highest flat rate of an indirect cost method; empty for {@code NONE}. */
  public Optional<Sourced<BigDecimal>> indirectCostCeiling(IndirectCostMethod method) {
    return figure(Figure.INDIRECT_COST_CEILING.key(method.name()));
  }

  /** The minimum share of the programme an objective must get; empty if it has none. */
  public Optional<Sourced<BigDecimal>> minimumShare(String objective) {
    return figure(Figure.MINIMUM_SHARE.key(objective));
  }

  /**
   * Total cost (EUR) up to which support must take simplified-cost forms, not real costs; empty
   * where the period has no such rule.
   */
  public Optional<Sourced<BigDecimal>> realCostsThreshold() {
    return figure(Figure.REAL_COSTS_THRESHOLD.key());
  }

  /** Every figure by key ({@link Figure}), in key order. */
  public Map<String, Sourced<?>> figures() {
    return figures;
  }

  /** The target groups an objective usually serves; empty for an unknown objective. */
  public Set<TargetGroup> targetGroups(String objective) {
    Sourced<Set<TargetGroup>> groups = targetGroups.get(objective);
    return groups == null ? Set.of() : groups.value();
  }

  /** The target groups of every objective, with their source. */
  public Map<String, Sourced<Set<TargetGroup>>> targetGroupTable() {
    return targetGroups;
  }

  /** The Annex IV categories with their conditions; empty where the period has no Annex IV. */
  public List<AnnexIvCategory> annexIvCategories() {
    return annexIv;
  }

  /** Whether {@code objective} is technical assistance ({@code TA}). */
  public boolean objectiveIsTechnicalAssistance(String objective) {
    return TECHNICAL_ASSISTANCE.equals(objective);
  }

  @SuppressWarnings("unchecked") // Builder.figure checked the value against the key's Figure
  private <T> Optional<Sourced<T>> figure(String key) {
    return Optional.ofNullable((Sourced<T>) figures.get(key));
  }

  private <T> Sourced<T> required(String key) {
    return this.<T>figure(key).orElseThrow(); // build() guarantees the required figures
  }

  private static String key(Table table, String objective, String code) {
    return table.codesRestartPerObjective() ? objective + "/" + code : code;
  }

  private static String describe(CatalogueEntry e) {
    return e.getTable()
        + " "
        + (e.getTable().codesRestartPerObjective() ? e.getObjective() + "/" : "")
        + e.getCode();
  }

  /** Catalogues are equal when period and content are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Catalogue)) {
      return false;
    }
    Catalogue c = (Catalogue) o;
    return period == c.period
        && entries.equals(c.entries)
        && figures.equals(c.figures)
        && targetGroups.equals(c.targetGroups)
        && annexIv.equals(c.annexIv);
  }

  @Override
  public int hashCode() {
    return version().hashCode();
  }

  @Override
  public String toString() {
    return "Catalogue[" + period + ", " + version() + "]";
  }

  /**
   * Builds or amends a catalogue. Entries and Annex IV categories are added, or replaced in place
   * when one with the same identity exists; figures and target groups are set by key.
   *
   * <pre>{@code
   * Catalogue amended = Catalogue.builtIn(Period.P2021_2027).toBuilder()
   *     .coFinancingCap("001", Sourced.of(new BigDecimal("0.80"), "Decisione C(2025) 123"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Period period;
    private final Map<Table, Map<String, CatalogueEntry>> entries = new EnumMap<>(Table.class);
    private final Map<String, Sourced<?>> figures = new TreeMap<>();
    private final Map<String, Sourced<Set<TargetGroup>>> targetGroups = new LinkedHashMap<>();
    private final Map<String, AnnexIvCategory> annexIv = new LinkedHashMap<>();

    private Builder(Period period) {
      this.period = Objects.requireNonNull(period, "period");
      for (Table t : Table.values()) {
        entries.put(t, new LinkedHashMap<>());
      }
    }

    /** Adds an entry, or replaces the one with the same table, code (and objective) in place. */
    public Builder entry(CatalogueEntry entry) {
      entries.get(entry.getTable())
          .put(key(entry.getTable(), entry.getObjective(), entry.getCode()), entry);
      return this;
    }

    /** Adds or replaces entries, in order. */
    public Builder entries(Iterable<? extends CatalogueEntry> entries) {
      entries.forEach(this::entry);
      return this;
    }

    /**
     * Sets a figure by key ({@link Figure}).
     *
     * @throws IllegalArgumentException for an unknown key or a value the figure cannot take
     */
    public Builder figure(String key, Sourced<?> value) {
      String problem = Figure.problem(key, value.value());
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      figures.put(key, value);
      return this;
    }

    /** Sets the first day of the eligibility window. */
    public Builder eligibleFrom(Sourced<LocalDate> date) {
      return figure(Figure.ELIGIBLE_FROM.key(), date);
    }

    /** Sets the last day of the eligibility window. */
    public Builder eligibleTo(Sourced<LocalDate> date) {
      return figure(Figure.ELIGIBLE_TO.key(), date);
    }

    /** Sets the implementation modality of a project that states none. */
    public Builder defaultImplementationModality(Sourced<String> modality) {
      return figure(Figure.DEFAULT_IMPLEMENTATION_MODALITY.key(), modality);
    }

    /** Sets the implementation modality of actions listed in Annex IV. */
    public Builder annexIvModality(Sourced<String> modality) {
      return figure(Figure.ANNEX_IV_MODALITY.key(), modality);
    }

    /** Sets the EU share cap of an implementation modality. */
    public Builder coFinancingCap(String modality, Sourced<BigDecimal> cap) {
      return figure(Figure.CO_FINANCING_CAP.key(modality), cap);
    }

    /** Sets the EU share cap of technical assistance. */
    public Builder technicalAssistanceCap(Sourced<BigDecimal> cap) {
      return figure(Figure.TECHNICAL_ASSISTANCE_CAP.key(), cap);
    }

    /** Sets the ceiling of an indirect cost method other than {@code NONE}. */
    public Builder indirectCostCeiling(IndirectCostMethod method, Sourced<BigDecimal> ceiling) {
      return figure(Figure.INDIRECT_COST_CEILING.key(method.name()), ceiling);
    }

    /** Sets the minimum share of an objective. */
    public Builder minimumShare(String objective, Sourced<BigDecimal> share) {
      return figure(Figure.MINIMUM_SHARE.key(objective), share);
    }

    /** Sets the total cost up to which real costs are not allowed. */
    public Builder realCostsThreshold(Sourced<BigDecimal> amount) {
      return figure(Figure.REAL_COSTS_THRESHOLD.key(), amount);
    }

    /** Sets the target groups an objective usually serves. */
    public Builder targetGroups(String objective, Sourced<? extends Collection<TargetGroup>> groups) {
      EnumSet<TargetGroup> set = EnumSet.noneOf(TargetGroup.class);
      set.addAll(groups.value());
      targetGroups.put(
          objective,
          Sourced.of(Collections.unmodifiableSet(set), groups.source(), groups.uncertain()));
      return this;
    }

    /** Adds an Annex IV category, or replaces the one with the same code in place. */
    public Builder annexIvCategory(AnnexIvCategory category) {
      annexIv.put(category.getCode(), category);
      return this;
    }

    /**
     * What {@link #build()} would reject: a missing required figure, an inverted window, and
     * references to codes the catalogue does not hold (an entry's objective or parent, a figure's
     * modality or objective, a target-group objective, an Annex IV code or condition). Empty when
     * the catalogue can be built.
     */
    public List<String> problems() {
      List<String> problems = new ArrayList<>();
      for (Figure f : List.of(Figure.ELIGIBLE_FROM, Figure.ELIGIBLE_TO,
          Figure.DEFAULT_IMPLEMENTATION_MODALITY, Figure.TECHNICAL_ASSISTANCE_CAP)) {
        if (!figures.containsKey(f.key())) {
          problems.add("figure " + f.key() + " is missing");
        }
      }
      if (!annexIv.isEmpty() && !figures.containsKey(Figure.ANNEX_IV_MODALITY.key())) {
        problems.add("figure " + Figure.ANNEX_IV_MODALITY.key()
            + " is missing (required with Annex IV categories)");
      }
      Sourced<?> from = figures.get(Figure.ELIGIBLE_FROM.key());
      Sourced<?> to = figures.get(Figure.ELIGIBLE_TO.key());
      if (from != null && to != null
          && ((LocalDate) from.value()).isAfter((LocalDate) to.value())) {
        problems.add("eligibleFrom " + from.value() + " is after eligibleTo " + to.value());
      }
      entries.values().forEach(m -> m.values().forEach(e -> checkEntry(e, problems)));
      figures.forEach((key, value) -> checkFigure(key, value, problems));
      targetGroups.keySet().stream()
          .filter(o -> !isObjective(o))
          .forEach(o -> problems.add("target groups of unknown objective \"" + o + "\""));
      annexIv.values().forEach(c -> checkAnnexIv(c, problems));
      return problems;
    }

    /**
     * The catalogue.
     *
     * @throws IllegalStateException listing the {@link #problems()}, if any
     */
    public Catalogue build() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "invalid " + period + " catalogue:\n  " + String.join("\n  ", problems));
      }
      return new Catalogue(this);
    }

    private void checkEntry(CatalogueEntry e, List<String> problems) {
      Table table = e.getTable();
      String objective = e.getObjective();
      if (objective == null && table.requiresObjective()) {
        problems.add(describe(e) + ": objective is required");
      } else if (objective != null && !isObjective(objective)) {
        problems.add(describe(e) + ": unknown objective \"" + objective + "\"");
      }
      String parent = e.getParent();
      Table parentTable = table.parentTable();
      if (parent != null && parentTable == null) {
        problems.add(describe(e) + ": a " + table + " entry has no parent");
      } else if (parent != null && !holds(parentTable, objective, parent)) {
        problems.add(describe(e) + ": parent \"" + parent + "\" is not a " + parentTable
            + " of " + objective);
      }
    }

    private void checkFigure(String key, Sourced<?> value, List<String> problems) {
      String qualifier = Figure.qualifier(key);
      Figure figure = Figure.forKey(key).orElseThrow(); // figure() checked the key
      if (figure == Figure.CO_FINANCING_CAP && !holds(Table.IMPLEMENTATION_MODALITY, qualifier)) {
        problems.add(key + ": unknown implementation modality \"" + qualifier + "\"");
      } else if (figure == Figure.MINIMUM_SHARE && !isObjective(qualifier)) {
        problems.add(key + ": unknown objective \"" + qualifier + "\"");
      } else if ((figure == Figure.DEFAULT_IMPLEMENTATION_MODALITY
              || figure == Figure.ANNEX_IV_MODALITY)
          && !holds(Table.IMPLEMENTATION_MODALITY, (String) value.value())) {
        problems.add(key + ": unknown implementation modality \"" + value.value() + "\"");
      }
    }

    private void checkAnnexIv(AnnexIvCategory category, List<String> problems) {
      String name = "Annex IV category \"" + category.getCode() + "\"";
      if (!holds(Table.ANNEX_IV_CATEGORY, category.getCode())) {
        problems.add(name + ": no such " + Table.ANNEX_IV_CATEGORY + " entry");
      }
      for (AnnexIvCondition c : category.getConditions()) {
        if (c.getObjective() != null && !isObjective(c.getObjective())) {
          problems.add(name + ": unknown objective \"" + c.getObjective() + "\"");
        }
        if (c.getMeasure() != null && !holds(Table.IMPLEMENTATION_MEASURE, c.getMeasure())) {
          problems.add(name + ": unknown measure \"" + c.getMeasure() + "\"");
        }
        c.getScopes().stream()
            .filter(s -> !holds(Table.SCOPE_OF_SUPPORT, s))
            .forEach(s -> problems.add(name + ": unknown scope \"" + s + "\""));
      }
    }

    private boolean isObjective(String code) {
      return holds(Table.SPECIFIC_OBJECTIVE, code);
    }

    private boolean holds(Table table, String code) {
      return entries.get(table).containsKey(code);
    }

    private boolean holds(Table table, String objective, String code) {
      CatalogueEntry e = entries.get(table).get(key(table, objective, code));
      return e != null && Objects.equals(objective, e.getObjective());
    }
  }
}
