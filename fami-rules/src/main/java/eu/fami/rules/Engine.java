package eu.fami.rules;

import eu.fami.model.Call;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.constraints.FieldChecks;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import eu.fami.rules.spi.CallRule;
import eu.fami.rules.spi.CallScope;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.DatasetScope;
import eu.fami.rules.spi.ProgrammeRule;
import eu.fami.rules.spi.ProgrammeScope;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import eu.fami.rules.spi.RuleParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs field checks and rules over the parts of one document, in document order, and hands the
 * violations to a sink. Immutable; each document gets its own {@link Pass}.
 */
final class Engine {
  /** Orders violations by position; those without one keep their order (the sort is stable). */
  private static final Comparator<Violation> BY_POSITION =
      Comparator.comparingInt((Violation v) -> v.getLocation().hasPosition() ? 0 : 1)
          .thenComparingInt(v -> v.getLocation().getLine())
          .thenComparingInt(v -> v.getLocation().getColumn());

  private final RuleSet rules;
  private final RuleSelection selection;
  private final RuleParameters parameters;
  private final Function<Period, Catalogue> catalogues;
  private final FieldChecks fieldChecks;

  Engine(
      RuleSet rules,
      RuleSelection selection,
      RuleParameters parameters,
      Function<Period, Catalogue> catalogues,
      FieldChecks fieldChecks) {
    this.rules = rules;
    this.selection = selection;
    this.parameters = parameters;
    this.catalogues = catalogues;
    this.fieldChecks = fieldChecks;
  }

  RuleSet rules() {
    return rules;
  }

  FieldChecks fieldChecks() {
    return fieldChecks;
  }

  RuleSelection selection() {
    return selection;
  }

  Catalogue catalogueFor(Period period) {
    return period == null ? null : catalogues.apply(period);
  }

  /** Starts a pass over one document. */
  Pass start(
      boolean dataset, Programme programme, List<Call> calls, Period period, Consumer<Violation> sink) {
    return new Pass(dataset, programme, calls, period, sink);
  }

  /** Records that the value at reader problem {@code v}'s (document) pointer was reported. */
  static void recordUnreadable(Violation v, Set<String> into) {
    into.add(v.getLocation().getPointer());
    into.add(v.getRule() + v.getLocation().getPointer());
  }

  /**
   * Whether a field check of {@code rule} at document {@code pointer} was already reported by the
   * reader ({@link #recordUnreadable}): a value that could not be read is not also missing.
   */
  static boolean reportedByReader(String rule, String pointer, Set<String> unreadable) {
    return rule.equals(RuleIds.FMT_001) && unreadable.contains(pointer)
        || unreadable.contains(rule + pointer);
  }

  /** The state of validating one document; used by one thread. */
  final class Pass {
    private final boolean dataset;
    private final Programme programme;
    private final Map<String, Call> callsByCode = new HashMap<>();
    private final Period period;
    private final Catalogue catalogue;
    private final Consumer<Violation> sink;
    private final Set<SkippedRule> skipped = new LinkedHashSet<>();
    private final List<DatasetRule> datasetRules = new ArrayList<>();
    private final List<DatasetRule.Aggregate> aggregates = new ArrayList<>();
    private final List<Violation> buffer = new ArrayList<>();
    /** Pointers (and rule + pointer) of the reader problems passed through {@link #problems}. */
    private final Set<String> readerReported = new HashSet<>();
    private final Collector collector;
    /** The project rules that run, by what is known (see {@link #projectRules}); built on first use. */
    private final List<List<ProjectRule>> projectRules = Arrays.asList(null, null, null, null);

    private Pass(
        boolean dataset,
        Programme programme,
        List<Call> calls,
        Period period,
        Consumer<Violation> sink) {
      this.dataset = dataset;
      this.programme = programme;
      this.period = period;
      this.catalogue = catalogueFor(period);
      this.sink = sink;
      this.collector = new Collector(selection, Location::of, buffer);
      for (Call c : calls) {
        if (c.getCode() != null) {
          callsByCode.putIfAbsent(c.getCode(), c);
        }
      }
      DatasetScope scope =
          DatasetScope.builder()
              .dataset(dataset)
              .programme(programme)
              .calls(calls)
              .catalogue(catalogue)
              .parameters(parameters)
              .build();
      for (DatasetRule r : rules.datasetRules()) {
        if (runs(r.definition(), catalogue != null, true)) {
          datasetRules.add(r);
          aggregates.add(r.start(scope));
        }
      }
    }

    /** Rules skipped so far. */
    Set<SkippedRule> skipped() {
      return skipped;
    }

    /** The catalogue in force, if the period is known. */
    Catalogue catalogue() {
      return catalogue;
    }

    /**
     * Problems found before any value was built (the reader's), in order, under the selection. The
     * values they concern are not reported again by the field checks of the programme and calls.
     */
    void problems(List<Violation> problems) {
      for (Violation v : problems) {
        recordUnreadable(v, readerReported);
        Violation admitted = admit(v, v.getLocation(), v.getEntity());
        if (admitted != null) {
          sink.accept(admitted);
        }
      }
    }

    /**
     * {@code v} as the selection has it (severity in force, the rule's source) at {@code location}
     * about {@code entity}, or null when its rule is disabled.
     */
    private Violation admit(Violation v, Location location, String entity) {
      RuleDefinition d = rules.definition(v.getRule()).orElse(null);
      if (d == null) {
        return v; // an id the rule set does not define: pass it on unchanged
      }
      if (!selection.isEnabled(d)) {
        return null;
      }
      return Violation.builder()
          .from(v)
          .severity(selection.severityOf(d))
          .location(location)
          .source(d.getSource())
          .entity(entity)
          .build();
    }

    /** Validates a programme (with the dataset's calls). */
    void programme(Programme p, String pointer, List<Call> calls, Function<String, Location> locator) {
      List<Violation> found = new ArrayList<>();
      addFieldViolations(fieldChecks.check(p), pointer, locator, null, readerReported, found);
      Catalogue cat = catalogueFor(p.getPeriod() != null ? p.getPeriod() : period);
      ProgrammeScope scope =
          ProgrammeScope.builder()
              .programme(p)
              .pointer(pointer)
              .calls(calls)
              .catalogue(cat)
              .parameters(parameters)
              .build();
      collector.locateWith(locator);
      for (ProgrammeRule r : rules.programmeRules()) {
        if (runs(r.definition(), cat != null, true)) {
          r.check(scope, collector.bind(r.definition(), pointer, p.getCode()));
        }
      }
      flush(found);
    }

    /** Validates a call. */
    void call(Call c, String pointer, Function<String, Location> locator) {
      List<Violation> found = new ArrayList<>();
      addFieldViolations(
          fieldChecks.check(c, dataset), pointer, locator, c.getCode(), readerReported, found);
      Period p = dataset && period != null ? period : c.getPeriod();
      Catalogue cat = catalogueFor(p);
      CallScope scope =
          CallScope.builder()
              .call(c)
              .pointer(pointer)
              .period(p)
              .catalogue(cat)
              .inDataset(dataset)
              .datasetProgramme(programme)
              .parameters(parameters)
              .build();
      collector.locateWith(locator);
      for (CallRule r : rules.callRules()) {
        if (runs(r.definition(), cat != null, true)) {
          r.check(scope, collector.bind(r.definition(), pointer, c.getCode()));
        }
      }
      flush(found);
    }

    /**
     * Validates a project: its reader problems, field checks, project rules and its share of the
     * dataset rules.
     *
     * @param givenCall the call when given by the caller (outside a dataset)
     */
    void project(
        Project p,
        int index,
        String pointer,
        Optional<Call> givenCall,
        List<Violation> readerProblems,
        Function<String, Location> locator) {
      List<Violation> found = new ArrayList<>();
      Set<String> unreadable = readerProblems.isEmpty() ? Set.of() : new HashSet<>();
      String entity = p.getCode() != null ? p.getCode() : p.getCup() != null ? p.getCup().value() : null;
      for (Violation v : readerProblems) {
        recordUnreadable(v, unreadable);
        Violation admitted = admit(v, v.getLocation(), entity);
        if (admitted != null) {
          found.add(admitted);
        }
      }
      addFieldViolations(fieldChecks.check(p, dataset), pointer, locator, entity, unreadable, found);
      Period pd = dataset && period != null ? period : p.getPeriod();
      Catalogue cat = catalogueFor(pd);
      Optional<Call> call =
          dataset
              ? Optional.ofNullable(p.getCall()).map(callsByCode::get)
              : givenCall;
      ProjectScope scope =
          ProjectScope.builder()
              .project(p)
              .pointer(pointer)
              .index(index)
              .period(pd)
              .catalogue(cat)
              .call(call)
              .inDataset(dataset)
              .datasetProgramme(programme)
              .parameters(parameters)
              .build();
      collector.locateWith(locator);
      for (ProjectRule r : projectRules(cat != null, call.isPresent())) {
        r.check(scope, collector.bind(r.definition(), pointer, entity));
      }
      for (int i = 0; i < aggregates.size(); i++) {
        RuleDefinition d = datasetRules.get(i).definition();
        aggregates.get(i).accept(scope, collector.bind(d, pointer, entity));
      }
      flush(found);
    }

    /**
     * The project rules that run when the catalogue and the call are known or not; the selection
     * and the rules' requirements are judged once per pass, not once per project.
     */
    private List<ProjectRule> projectRules(boolean hasCatalogue, boolean hasCall) {
      int k = (hasCatalogue ? 2 : 0) + (hasCall ? 1 : 0);
      List<ProjectRule> running = projectRules.get(k);
      if (running == null) {
        running = new ArrayList<>();
        for (ProjectRule r : rules.projectRules()) {
          if (runs(r.definition(), hasCatalogue, hasCall)) {
            running.add(r);
          }
        }
        projectRules.set(k, running);
      }
      return running;
    }

    /** Reports a finding of rule {@code id} found by the engine itself (not by a rule). */
    void report(String id, String pointer, Function<String, Location> locator, Map<String, String> args) {
      RuleDefinition d = rules.definition(id).orElseThrow();
      if (selection.isEnabled(d)) {
        collector.locateWith(locator).bind(d, "", null).report(pointer, args);
        flush(new ArrayList<>());
      }
    }

    /** Reports the document-wide findings; pointers are located with {@code locator}. */
    void finish(Function<String, Location> locator) {
      collector.locateWith(locator);
      for (int i = 0; i < aggregates.size(); i++) {
        aggregates.get(i).finish(collector.bind(datasetRules.get(i).definition(), "", null));
      }
      flush(new ArrayList<>());
    }

    private void flush(List<Violation> found) {
      found.addAll(buffer);
      buffer.clear();
      found.sort(BY_POSITION);
      found.forEach(sink);
    }

    /** Whether a rule runs; records it as skipped when something it needs is missing. */
    private boolean runs(RuleDefinition d, boolean hasCatalogue, boolean hasCall) {
      if (!selection.isEnabled(d)) {
        return false;
      }
      if (d.getRequires().contains(Requirement.CATALOGUE) && !hasCatalogue) {
        skipped.add(SkippedRule.of(d.getId(), Requirement.CATALOGUE));
        return false;
      }
      if (d.getRequires().contains(Requirement.CALL) && !hasCall) {
        skipped.add(SkippedRule.of(d.getId(), Requirement.CALL));
        return false;
      }
      return true;
    }

    private void addFieldViolations(
        List<Violation> checks,
        String pointer,
        Function<String, Location> locator,
        String entity,
        Set<String> unreadable,
        List<Violation> found) {
      for (Violation v : checks) {
        // reader problems carry document pointers: compare the located (document) pointer, which
        // differs from the model's where the reader dropped a list element it could not read
        Location at = locator.apply(pointer + v.getLocation().getPointer());
        String document = at.getPointer();
        if (reportedByReader(v.getRule(), document, unreadable)) {
          continue;
        }
        Violation admitted = admit(v, at, entity);
        if (admitted != null) {
          found.add(admitted);
        }
      }
    }
  }
}
