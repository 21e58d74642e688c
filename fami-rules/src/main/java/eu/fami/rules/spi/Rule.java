package eu.fami.rules.spi;

/**
 * A rule: a definition plus a check over one scope. Implementations are immutable and
 * thread-safe; one instance serves every validation. Implement one of {@link ProjectRule}, {@link
 * CallRule}, {@link ProgrammeRule} or {@link DatasetRule}.
 */
public interface Rule {
  /** The rule's id, group, severity, source and requirements. */
  RuleDefinition definition();
}
