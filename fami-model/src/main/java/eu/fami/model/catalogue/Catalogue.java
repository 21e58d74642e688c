package eu.fami.model.catalogue;

import eu.fami.model.IndirectCostMethod;
import eu.fami.model.Period;
import eu.fami.model.TargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** STUB of the catalogue API, replaced by the real catalogue when it lands. */
public final class Catalogue {
  private final Period period;

  private Catalogue(Period period) {
    this.period = period;
  }

  public static Catalogue builtIn(Period period) {
    return new Catalogue(period);
  }

  public Period period() {
    return period;
  }

  public String version() {
    return "stub";
  }

  public List<CatalogueEntry> entries(Table table) {
    return List.of();
  }

  public Optional<CatalogueEntry> entry(Table table, String code) {
    return Optional.empty();
  }

  public boolean contains(Table table, String code) {
    return false;
  }

  public Sourced<LocalDate> eligibleFrom() {
    return Sourced.of(LocalDate.of(2021, 1, 1), "stub");
  }

  public Sourced<LocalDate> eligibleTo() {
    return Sourced.of(LocalDate.of(2029, 12, 31), "stub");
  }

  public String defaultImplementationModality() {
    return "001";
  }

  public Optional<Sourced<BigDecimal>> coFinancingCap(String implementationModality) {
    return Optional.empty();
  }

  public Sourced<BigDecimal> technicalAssistanceCap() {
    return Sourced.of(BigDecimal.ONE, "stub");
  }

  public Optional<Sourced<BigDecimal>> indirectCostCeiling(IndirectCostMethod method) {
    return Optional.empty();
  }

  public Optional<Sourced<BigDecimal>> minimumShare(String objective) {
    return Optional.empty();
  }

  public Optional<Sourced<BigDecimal>> realCostsThreshold() {
    return Optional.empty();
  }

  public Set<TargetGroup> targetGroups(String objective) {
    return Set.of();
  }

  public boolean objectiveIsTechnicalAssistance(String objective) {
    return "TA".equals(objective);
  }
}
