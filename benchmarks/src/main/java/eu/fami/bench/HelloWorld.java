package eu.fami.bench;

/** The baseline of the cold-start comparison: a JVM that starts, prints one line and exits. */
public final class HelloWorld {
  private HelloWorld() {}

  /** Prints {@code hello}. */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
