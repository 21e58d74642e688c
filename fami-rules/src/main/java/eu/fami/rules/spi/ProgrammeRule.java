package eu.fami.rules.spi;

/** A rule over a programme (with the calls of its dataset, when there are any). */
public interface ProgrammeRule extends Rule {
  /** Checks the programme; pointers are relative to the programme. */
  void check(ProgrammeScope scope, Findings findings);
}
