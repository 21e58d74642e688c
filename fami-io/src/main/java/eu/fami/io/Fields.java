package eu.fami.io;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The properties an object of the format may hold, in canonical order, with their indexes and
 * their pre-encoded names (the reader asks the parser for the name it expects next, which the
 * parser matches on raw bytes).
 */
final class Fields {
  private static final AtomicInteger IDS = new AtomicInteger();

  /** A small number identifying these fields, for per-reader tables. */
  final int id = IDS.getAndIncrement();
  private final String[] names;
  private final SerializedString[] encoded;
  private final Map<String, Integer> index;

  private Fields(String... names) {
    if (names.length > 64) {
      throw new IllegalArgumentException("at most 64 properties");
    }
    this.names = names;
    this.encoded = new SerializedString[names.length];
    this.index = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      index.put(names[i], i);
      encoded[i] = new SerializedString(names[i]);
    }
  }

  static int count() {
    return IDS.get();
  }

  int size() {
    return names.length;
  }

  SerializedString encoded(int i) {
    return encoded[i];
  }

  static Fields of(String... names) {
    return new Fields(names);
  }

  /** These properties after {@code format} and {@code kind} (a top-level document). */
  Fields withEnvelope() {
    String[] all = new String[names.length + 2];
    all[0] = "format";
    all[1] = "kind";
    System.arraycopy(names, 0, all, 2, names.length);
    return new Fields(all);
  }

  /** The index of {@code name}, or -1. */
  int index(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  String name(int i) {
    return names[i];
  }

  @Override
  public String toString() {
    return Arrays.toString(names);
  }
}
