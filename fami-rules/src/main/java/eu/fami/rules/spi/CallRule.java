package eu.fami.rules.spi;

/** A rule over one call. */
public interface CallRule extends Rule {
  /** Checks one call; pointers are relative to the call. */
  void check(CallScope scope, Findings findings);
}
