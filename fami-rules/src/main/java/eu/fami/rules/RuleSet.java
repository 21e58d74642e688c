package eu.fami.rules;

import eu.fami.model.report.ContentHash;
import eu.fami.rules.builtin.BuiltInRules;
import eu.fami.rules.spi.CallRule;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.ProgrammeRule;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.Rule;
import eu.fami.rules.spi.RuleDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered, immutable set of rules with unique ids: the built-in rules (the reader's and the
 * field checks' ids included, so that every id has a definition and a message) plus an embedder's
 * own. The order is explicit: the order of registration.
 *
 * <pre>{@code RuleSet rules = RuleSet.builder().addBuiltIns().add(myRule).build();}</pre>
 */
public final class RuleSet {
  private final Map<String, RuleDefinition> definitions;
  private final Map<String, ClassLoader> loaders;
  private final List<ProjectRule> projectRules;
  private final List<CallRule> callRules;
  private final List<ProgrammeRule> programmeRules;
  private final List<DatasetRule> datasetRules;
  private volatile String version;

  private RuleSet(Builder b) {
    this.definitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.definitions));
    this.loaders = Map.copyOf(b.loaders);
    this.projectRules = List.copyOf(b.projectRules);
    this.callRules = List.copyOf(b.callRules);
    this.programmeRules = List.copyOf(b.programmeRules);
    this.datasetRules = List.copyOf(b.datasetRules);
  }

  /** The built-in rules only. */
  public static RuleSet builtIn() {
    return Holder.BUILT_IN;
  }

  /** A builder of an empty set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every rule's definition, in order. */
  public List<RuleDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  /** The definition of rule {@code id}. */
  public Optional<RuleDefinition> definition(String id) {
    return Optional.ofNullable(definitions.get(id));
  }

  /** Rules over one project. */
  public List<ProjectRule> projectRules() {
    return projectRules;
  }

  /** Rules over one call. */
  public List<CallRule> callRules() {
    return callRules;
  }

  /** Rules over a programme. */
  public List<ProgrammeRule> programmeRules() {
    return programmeRules;
  }

  /** Rules across the projects of a document. */
  public List<DatasetRule> datasetRules() {
    return datasetRules;
  }

  /** A content hash of the definitions (ids, groups, severities, sources, bundles). */
  public String version() {
    String v = version;
    if (v == null) { // computed on first use: a cold start need not load the digest
      v = hash(definitions.values());
      version = v;
    }
    return v;
  }

  ClassLoader classLoaderOf(String ruleId) {
    return loaders.getOrDefault(ruleId, RuleSet.class.getClassLoader());
  }

  private static String hash(Iterable<RuleDefinition> defs) {
    ContentHash hash = new ContentHash();
    for (RuleDefinition d : defs) {
      hash.add(String.join("|", d.getId(), d.getGroup(), d.getSeverity().name(), d.getSource(),
          d.getRequires().toString(), d.getMessageBundle())).add('\n');
    }
    return hash.hex();
  }

  private static final class Holder {
    static final RuleSet BUILT_IN = builder().addBuiltIns().build();
  }

  /** Builds a {@link RuleSet}; refuses a second rule with an id already present. */
  public static final class Builder {
    private final Map<String, RuleDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, ClassLoader> loaders = new LinkedHashMap<>();
    private final List<ProjectRule> projectRules = new ArrayList<>();
    private final List<CallRule> callRules = new ArrayList<>();
    private final List<ProgrammeRule> programmeRules = new ArrayList<>();
    private final List<DatasetRule> datasetRules = new ArrayList<>();

    private Builder() {}

    /** Adds every built-in rule and the definitions of the reader's and field checks' ids. */
    public Builder addBuiltIns() {
      BuiltInRules.definitionsWithoutCheck().forEach(this::define);
      BuiltInRules.rules().forEach(this::add);
      return this;
    }

    /**
     * Adds {@code rule} (a {@link ProjectRule}, {@link CallRule}, {@link ProgrammeRule} or
     * {@link DatasetRule}).
     *
     * @throws IllegalArgumentException if its id is already present, or it is of no known kind
     */
    public Builder add(Rule rule) {
      int kinds = 0;
      if (rule instanceof ProjectRule) {
        projectRules.add((ProjectRule) rule);
        kinds++;
      }
      if (rule instanceof CallRule) {
        callRules.add((CallRule) rule);
        kinds++;
      }
      if (rule instanceof ProgrammeRule) {
        programmeRules.add((ProgrammeRule) rule);
        kinds++;
      }
      if (rule instanceof DatasetRule) {
        datasetRules.add((DatasetRule) rule);
        kinds++;
      }
      if (kinds == 0) {
        throw new IllegalArgumentException("rule " + rule.definition().getId()
            + " implements none of ProjectRule, CallRule, ProgrammeRule, DatasetRule");
      }
      define(rule.definition());
      loaders.put(rule.definition().getId(), rule.getClass().getClassLoader());
      return this;
    }

    private void define(RuleDefinition d) {
      if (definitions.putIfAbsent(d.getId(), d) != null) {
        throw new IllegalArgumentException("duplicate rule id " + d.getId());
      }
    }

    /** The rule set. */
    public RuleSet build() {
      return new RuleSet(this);
    }
  }
}
