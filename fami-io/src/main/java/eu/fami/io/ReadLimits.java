package eu.fami.io;

/**
 * Input limits of the reader: they protect against resource exhaustion without stopping legitimate
 * large work. Exceeding one is a {@code FAMI-IO-005} problem whose {@code limit} argument names the
 * limit (the name of the accessor, e.g. {@code maxNestingDepth}) and whose {@code maximum} argument
 * gives its value. Immutable.
 *
 * <p>Size limits of a single document apply per entity while a dataset streams: to the programme,
 * to each call and to each project; an overall dataset limit is an explicit option, off by default,
 * so that a 1 GB dataset reads with the defaults.
 *
 * <pre>{@code ReadLimits.builder().maxDocumentBytes(1 << 20).build()}</pre>
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new Builder().build();

  private final long maxDocumentBytes;
  private final long maxDatasetBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxProjects;
  private final int maxPartnersPerProject;
  private final int maxListSize;
  private final int maxProblems;
  private final long maxBufferedBytes;
  private final int maxValues;

  private ReadLimits(Builder b) {
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxDatasetBytes = b.maxDatasetBytes;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxProjects = b.maxProjects;
    this.maxPartnersPerProject = b.maxPartnersPerProject;
    this.maxListSize = b.maxListSize;
    this.maxProblems = b.maxProblems;
    this.maxBufferedBytes = b.maxBufferedBytes;
    this.maxValues = b.maxValues;
  }

  /** The default limits (see each accessor). */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Largest size in bytes of a non-dataset document, and of the programme, of each call and of each
   * project inside a dataset. Default 16 MiB.
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** Largest size in bytes of a whole document of any kind. Default {@link Long#MAX_VALUE} (off). */
  public long maxDatasetBytes() {
    return maxDatasetBytes;
  }

  /** Deepest nesting of arrays and objects. Default 64 (a fami/1 document needs 8). */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Longest string value, in characters. Default 100,000. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Longest property name, in characters. Default 1,000. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Longest number, in characters of its text (past it reading stops); also the most decimals an
   * amount or rate may have, counted from its text before any arithmetic ({@code 1E-100000000} is
   * short to write but has 100,000,000 decimals: its value is absent and reading goes on). Default
   * 100.
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** Most projects in a dataset. Default {@link Long#MAX_VALUE} (off). */
  public long maxProjects() {
    return maxProjects;
  }

  /** Most partners of one project. Default 10,000. */
  public int maxPartnersPerProject() {
    return maxPartnersPerProject;
  }

  /** Most elements of any other list (budget lines, reports, expenditure, calls...). Default 100,000. */
  public int maxListSize() {
    return maxListSize;
  }

  /**
   * Most problems reported for one document, or for the header, one call, one project or the
   * trailer of a dataset; past it the rest of that part is skipped. Default 1,000.
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Most values (objects, arrays, numbers, strings...) the reader keeps from one document, or from
   * the programme, one call or one project of a dataset; past it the rest of that part is skipped.
   * Default 1,000,000 (about 16 MiB of ordinary text). With {@link #maxDocumentBytes()} it bounds
   * the memory one part takes (roughly 100 bytes per value at worst).
   */
  public int maxValues() {
    return maxValues;
  }

  /**
   * Largest extent in bytes of the {@code projects} a {@link DatasetReader} keeps in memory when
   * they come before the programme or the calls; past it, or past {@link #maxValues()} values kept
   * that way, the rest is skipped. Default 16 MiB: a large dataset streams only in the canonical
   * order ({@code programme}, {@code calls}, {@code projects}).
   */
  public long maxBufferedBytes() {
    return maxBufferedBytes;
  }

  @Override
  public String toString() {
    return "ReadLimits{maxDocumentBytes=" + maxDocumentBytes
        + ", maxDatasetBytes=" + maxDatasetBytes
        + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength
        + ", maxNameLength=" + maxNameLength
        + ", maxNumberLength=" + maxNumberLength
        + ", maxProjects=" + maxProjects
        + ", maxPartnersPerProject=" + maxPartnersPerProject
        + ", maxListSize=" + maxListSize
        + ", maxProblems=" + maxProblems
        + ", maxBufferedBytes=" + maxBufferedBytes
        + ", maxValues=" + maxValues + "}";
  }

  /** Builder of {@link ReadLimits}; every value must be positive. */
  public static final class Builder {
    private long maxDocumentBytes = 16L * 1024 * 1024;
    private long maxDatasetBytes = Long.MAX_VALUE;
    private int maxNestingDepth = 64;
    private int maxStringLength = 100_000;
    private int maxNameLength = 1_000;
    private int maxNumberLength = 100;
    private long maxProjects = Long.MAX_VALUE;
    private int maxPartnersPerProject = 10_000;
    private int maxListSize = 100_000;
    private int maxProblems = 1_000;
    private long maxBufferedBytes = 16L * 1024 * 1024;
    private int maxValues = 1_000_000;

    private Builder() {}

    private Builder(ReadLimits l) {
      maxDocumentBytes = l.maxDocumentBytes;
      maxDatasetBytes = l.maxDatasetBytes;
      maxNestingDepth = l.maxNestingDepth;
      maxStringLength = l.maxStringLength;
      maxNameLength = l.maxNameLength;
      maxNumberLength = l.maxNumberLength;
      maxProjects = l.maxProjects;
      maxPartnersPerProject = l.maxPartnersPerProject;
      maxListSize = l.maxListSize;
      maxProblems = l.maxProblems;
      maxBufferedBytes = l.maxBufferedBytes;
      maxValues = l.maxValues;
    }

    /** See {@link ReadLimits#maxDocumentBytes()}. */
    public Builder maxDocumentBytes(long v) {
      maxDocumentBytes = positive(v, "maxDocumentBytes");
      return this;
    }

    /** See {@link ReadLimits#maxDatasetBytes()}. */
    public Builder maxDatasetBytes(long v) {
      maxDatasetBytes = positive(v, "maxDatasetBytes");
      return this;
    }

    /** See {@link ReadLimits#maxNestingDepth()}. */
    public Builder maxNestingDepth(int v) {
      maxNestingDepth = (int) positive(v, "maxNestingDepth");
      return this;
    }

    /** See {@link ReadLimits#maxStringLength()}. */
    public Builder maxStringLength(int v) {
      maxStringLength = (int) positive(v, "maxStringLength");
      return this;
    }

    /** See {@link ReadLimits#maxNameLength()}. */
    public Builder maxNameLength(int v) {
      maxNameLength = (int) positive(v, "maxNameLength");
      return this;
    }

    /** See {@link ReadLimits#maxNumberLength()}. */
    public Builder maxNumberLength(int v) {
      maxNumberLength = (int) positive(v, "maxNumberLength");
      return this;
    }

    /** See {@link ReadLimits#maxProjects()}. */
    public Builder maxProjects(long v) {
      maxProjects = positive(v, "maxProjects");
      return this;
    }

    /** See {@link ReadLimits#maxPartnersPerProject()}. */
    public Builder maxPartnersPerProject(int v) {
      maxPartnersPerProject = (int) positive(v, "maxPartnersPerProject");
      return this;
    }

    /** See {@link ReadLimits#maxListSize()}. */
    public Builder maxListSize(int v) {
      maxListSize = (int) positive(v, "maxListSize");
      return this;
    }

    /** See {@link ReadLimits#maxProblems()}. */
    public Builder maxProblems(int v) {
      maxProblems = (int) positive(v, "maxProblems");
      return this;
    }

    /** See {@link ReadLimits#maxValues()}. */
    public Builder maxValues(int v) {
      maxValues = (int) positive(v, "maxValues");
      return this;
    }

    /** See {@link ReadLimits#maxBufferedBytes()}. */
    public Builder maxBufferedBytes(long v) {
      maxBufferedBytes = positive(v, "maxBufferedBytes");
      return this;
    }

    /** The limits. */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static long positive(long v, String name) {
      if (v <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + v);
      }
      return v;
    }
  }
}
