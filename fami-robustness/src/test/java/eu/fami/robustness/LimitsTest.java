package eu.fami.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.io.DatasetReader;
import eu.fami.io.FamiJson;
import eu.fami.io.ReadLimits;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input limit of {@link ReadLimits}: configurable through {@code FamiJson.builder().limits(..)},
 * and over it a document gets FAMI-IO-005 naming the limit ({@code limit}) and its value
 * ({@code maximum}), read alone, streamed, and validated through the facade; every limit is in the
 * table below and in the README's table with its default.
 */
class LimitsTest {
  /** One limit, lowered, and a document over it. */
  static final class Case {
    final String limit;
    final long maximum;
    final BiFunction<ReadLimits.Builder, Long, ReadLimits.Builder> set;
    final String document;
    /** Whether the limit bounds streaming only (a dataset read whole keeps everything anyway). */
    final boolean streamedOnly;

    Case(String limit, long maximum, BiFunction<ReadLimits.Builder, Long, ReadLimits.Builder> set,
        String document) {
      this(limit, maximum, set, document, false);
    }

    Case(String limit, long maximum, BiFunction<ReadLimits.Builder, Long, ReadLimits.Builder> set,
        String document, boolean streamedOnly) {
      this.limit = limit;
      this.maximum = maximum;
      this.set = set;
      this.document = document;
      this.streamedOnly = streamedOnly;
    }

    FamiJson json() {
      return FamiJson.builder().limits(set.apply(ReadLimits.builder(), maximum).build()).build();
    }

    @Override
    public String toString() {
      return limit + " = " + maximum;
    }
  }

  private static String example(String name) {
    return new String(Examples.bytes(name), StandardCharsets.UTF_8);
  }

  private static final String PROJECT = example("project-com-in-5.json");
  private static final String DATASET = example(Examples.DATASET);

  /** The example dataset with its projects before its programme and calls (they are kept). */
  private static String projectsFirst() {
    int p = DATASET.indexOf("  \"programme\"");
    int q = DATASET.indexOf("  \"projects\"");
    int end = DATASET.lastIndexOf('}');
    return DATASET.substring(0, p) + DATASET.substring(q, end).stripTrailing() + ",\n"
        + DATASET.substring(p, q).stripTrailing().replaceAll(",$", "") + "\n}\n";
  }

  static List<Case> cases() {
    return List.of(
        new Case("maxDocumentBytes", 1000, (b, v) -> b.maxDocumentBytes(v), PROJECT),
        new Case("maxDatasetBytes", 5000, (b, v) -> b.maxDatasetBytes(v), DATASET),
        new Case("maxNestingDepth", 5, (b, v) -> b.maxNestingDepth(v.intValue()),
            PROJECT.replaceFirst("\"summary\": \"[^\"]*\"", "\"summary\": [[[[[[1]]]]]]")),
        new Case("maxStringLength", 10, (b, v) -> b.maxStringLength(v.intValue()), PROJECT),
        new Case("maxNameLength", 10, (b, v) -> b.maxNameLength(v.intValue()),
            PROJECT.replaceFirst("\"summary\"", "\"summaryOfIt\"")),
        new Case("maxNumberLength", 5, (b, v) -> b.maxNumberLength(v.intValue()), PROJECT),
        new Case("maxProjects", 2, (b, v) -> b.maxProjects(v), DATASET),
        new Case("maxPartnersPerProject", 2, (b, v) -> b.maxPartnersPerProject(v.intValue()),
            PROJECT),
        new Case("maxListSize", 2, (b, v) -> b.maxListSize(v.intValue()), PROJECT),
        new Case("maxProblems", 3, (b, v) -> b.maxProblems(v.intValue()),
            PROJECT.replaceFirst("\\{", "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,")),
        new Case("maxValues", 50, (b, v) -> b.maxValues(v.intValue()), PROJECT),
        new Case("maxBufferedBytes", 1000, (b, v) -> b.maxBufferedBytes(v), projectsFirst(),
            true));
  }

  /** A number within its length but with more decimals than maxNumberLength: only it is absent. */
  static List<Case> valueCases() {
    return List.of(new Case("maxNumberLength", 5, (b, v) -> b.maxNumberLength(v.intValue()),
        PROJECT.replaceFirst("\"rate\": 0.07", "\"rate\": 7e-7")));
  }

  private static boolean names(Violation v, Case c) {
    return v.getRule().equals(RuleIds.IO_005)
        && Map.of("limit", c.limit, "maximum", Long.toString(c.maximum))
            .entrySet().stream().allMatch(e -> e.getValue().equals(v.getArguments().get(e.getKey())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"cases", "valueCases"})
  void overTheLimitIsFamiIo005NamingIt(Case c, @TempDir Path dir) throws IOException {
    byte[] bytes = c.document.getBytes(StandardCharsets.UTF_8);
    assertThat(FamiJson.defaults().read(bytes).problems()).as("within the default limits")
        .noneMatch(v -> v.getRule().equals(RuleIds.IO_005));
    FamiJson json = c.json();
    if (!c.streamedOnly) {
      assertThat(json.read(bytes).problems()).as("problems read with %s", c)
          .anyMatch(v -> names(v, c));
    }
    if (c.document.contains("\"kind\": \"dataset\"")) {
      assertThat(streamed(json, bytes)).as("problems streamed with %s", c)
          .anyMatch(v -> names(v, c));
    }

    Path file = dir.resolve("over.json");
    Files.write(file, bytes);
    Fami fami = Fami.builder().json(json).build();
    List<ValidationReport> reports = new ArrayList<>(List.of(fami.validate(file)));
    if (!c.streamedOnly) {
      reports.add(
          fami.validate(new ByteArrayInputStream(bytes), "over.json", ValidationContext.NONE));
    }
    for (ValidationReport r : reports) {
      assertThat(r.getViolations()).as("report with %s", c).anyMatch(v -> names(v, c));
      assertThat(r.getViolations()).allSatisfy(v -> assertThat(v.getLocation().hasPosition())
          .as("position of %s", v).isTrue());
    }
  }

  private static List<Violation> streamed(FamiJson json, byte[] bytes) {
    List<Violation> out = new ArrayList<>();
    try (DatasetReader r = json.openDataset(new ByteArrayInputStream(bytes))) {
      out.addAll(r.headerProblems());
      while (r.hasNext()) {
        out.addAll(r.next().problems());
      }
      out.addAll(r.trailerProblems());
    }
    return out;
  }

  /** The limits {@link ReadLimits} has: its public {@code max...} accessors, with their defaults. */
  static Map<String, Object> defaults() throws ReflectiveOperationException {
    Map<String, Object> out = new TreeMap<>();
    for (Method m : ReadLimits.class.getMethods()) {
      if (m.getName().startsWith("max") && m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())) {
        out.put(m.getName(), m.invoke(ReadLimits.defaults()));
      }
    }
    return out;
  }

  @Test
  void everyLimitHasACase() throws ReflectiveOperationException {
    assertThat(cases().stream().map(c -> c.limit).collect(Collectors.toSet()))
        .isEqualTo(defaults().keySet());
  }

  @Test
  void everyLimitIsInTheReadmeTableWithItsDefault() throws Exception {
    List<String> rows = Arrays.stream(Files.readString(Path.of("../README.md")).split("\n"))
        .filter(l -> l.startsWith("| `max")).collect(Collectors.toList());
    for (Map.Entry<String, Object> limit : defaults().entrySet()) {
      String value = limit.getValue() instanceof Long && (Long) limit.getValue() == Long.MAX_VALUE
          ? "off" : String.format("%,d", ((Number) limit.getValue()).longValue());
      assertThat(rows).as("README row of %s", limit.getKey())
          .anyMatch(r -> r.startsWith("| `" + limit.getKey() + "` | " + value + " "));
    }
    assertThat(rows).hasSameSizeAs(defaults().keySet());
  }
}
