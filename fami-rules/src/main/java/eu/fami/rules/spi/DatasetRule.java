package eu.fami.rules.spi;

/**
 * A rule across the projects of a document (a dataset, or a single project document as a dataset
 * of one), run while projects stream past. Its {@link Aggregate} keeps small per-key state: cost
 * grows linearly with the number of projects, memory with the number of keys; no pairwise loops.
 */
public interface DatasetRule extends Rule {
  /** Starts one pass over a document's projects. */
  Aggregate start(DatasetScope scope);

  /** The state of one pass; used by one thread at a time. */
  interface Aggregate {
    /** Takes one project; findings here are relative to the project. */
    void accept(ProjectScope project, Findings findings);

    /** Reports the document-wide findings after the last project; pointers are absolute. */
    void finish(Findings findings);
  }
}
