package eu.fami.robustness.fuzz;

import java.util.Random;
import java.util.function.BiFunction;

/**
 * One way of damaging a document: takes bytes (valid JSON or already damaged) and a source of
 * randomness, gives new bytes. Pure: the input is never modified.
 */
interface Mutator {
  /** A short name (used in test names and regression file names). */
  String name();

  /** The damaged copy of {@code input}. */
  byte[] mutate(byte[] input, Random random);

  /** A mutator named {@code name}. */
  static Mutator of(String name, BiFunction<byte[], Random, byte[]> f) {
    return new Mutator() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public byte[] mutate(byte[] input, Random random) {
        return f.apply(input, random);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
