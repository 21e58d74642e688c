package eu.fami.io.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.fami.model.Period;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.report.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Reads and writes catalogue files, format {@code fami-catalogue/1}: JSON, UTF-8.
 *
 * <pre>{@code
 * {"format": "fami-catalogue/1", "period": "2021-2027", "source": "Regione X, avviso 2025",
 *  "entries": [{"table": "NATIONAL_ACTION", "code": "r", "objective": "OS2", "parent": "2.d",
 *               "labelIt": "...", "labelEn": "...", "source": "Regione X, avviso 2025"}],
 *  "figures": {"coFinancingCap.001": 0.80,
 *              "eligibleTo": {"value": "2030-06-30", "source": "...", "uncertain": true}},
 *  "targetGroups": {"OS2": ["THIRD_COUNTRY_NATIONALS", "WOMEN"]},
 *  "annexIv": [{"code": "1", "source": "...", "conditions": [{"objective": "OS2",
 *               "measure": "2.d", "leadLegalForms": ["REGION"]}]}]}
 * }</pre>
 *
 * <p>{@code format} and {@code period} are required; everything else is optional. A file amends a
 * base catalogue of its period:
 *
 * <ul>
 *   <li>{@code entries}: each is added, or replaces in place the base entry with the same table
 *       and code (and objective, for {@code NATIONAL_ACTION} and {@code NATIONAL_OBJECTIVE}).
 *       {@code table}, {@code code}, {@code labelIt}, {@code labelEn} are required; {@code
 *       objective}, {@code parent}, {@code source} and {@code uncertain} (default false) optional.
 *   <li>{@code figures}: keys as {@link eu.fami.model.catalogue.Figure} spells them ({@code
 *       eligibleFrom}, {@code eligibleTo}, {@code defaultImplementationModality}, {@code
 *       coFinancingCap.<modality>}, {@code technicalAssistanceCap}, {@code
 *       indirectCostCeiling.<method>}, {@code minimumShare.<objective>}, {@code
 *       realCostsThreshold}, {@code annexIvModality}); dates and codes are strings, rates and amounts numbers.
 *   <li>{@code targetGroups}: per objective, the groups it serves (replacing the base's list).
 *   <li>{@code annexIv}: categories with their alternative conditions, added or replacing by code.
 * </ul>
 *
 * <p>A figure or a target-group list is a bare value or {@code {"value", "source", "uncertain"}}.
 * Whatever states no {@code source} gets the file's top-level {@code source}, or else {@code
 * "catalogue file <name>"}: the catalogue holds nothing unsourced. {@code version} is
 * informational (written by {@link #write}, ignored when read: it is recomputed from the content).
 *
 * <p>Reading is strict: unknown properties, duplicate keys, wrong types, unknown codes and broken
 * references (an action whose measure does not exist) are problems; every problem of a file is
 * reported at once, with its JSON pointer, as a {@link CatalogueFileException}. Thread-safe.
 */
public final class CatalogueFiles {
  /** The format of catalogue files. */
  public static final String FORMAT = "fami-catalogue/1";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private CatalogueFiles() {}

  /**
   * The built-in catalogue of the period the file states, amended by the file.
   *
   * @throws CatalogueFileException if the file is not a valid catalogue file
   * @throws IOException if the file cannot be read
   */
  public static Catalogue read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), Catalogue::builtIn);
    }
  }

  /**
   * {@code base} amended by the file, which must be of the same period.
   *
   * @throws CatalogueFileException if the file is not a valid catalogue file
   * @throws IOException if the file cannot be read
   */
  public static Catalogue read(Path file, Catalogue base) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), base);
    }
  }

  /**
   * {@code base} amended by the catalogue file read from {@code in} (not closed); {@code name}
   * names it in messages.
   *
   * @throws CatalogueFileException if the content is not a valid catalogue file
   * @throws IOException if the stream cannot be read
   */
  public static Catalogue read(InputStream in, String name, Catalogue base) throws IOException {
    return read(in, name, period -> base);
  }

  /** Writes the whole catalogue as a catalogue file to {@code out} (flushed, not closed). */
  public static void write(Catalogue catalogue, OutputStream out) throws IOException {
    new CatalogueFileWriter(MAPPER).write(catalogue, out);
  }

  private static Catalogue read(InputStream in, String name, Function<Period, Catalogue> bases)
      throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new CatalogueFileException(name, List.of(syntaxProblem(e)));
    }
    if (root == null || root.isMissingNode()) {
      throw new CatalogueFileException(name,
          List.of(new CatalogueProblem(Location.of(""), "the file is empty")));
    }
    return new CatalogueFileReader(name).read(root, bases);
  }

  private static CatalogueProblem syntaxProblem(JsonProcessingException e) {
    String pointer = "";
    if (e instanceof StreamReadException && ((StreamReadException) e).getProcessor() != null) {
      JsonParser parser = ((StreamReadException) e).getProcessor();
      pointer = parser.getParsingContext().pathAsPointer().toString();
    }
    JsonLocation at = e.getLocation();
    Location location = at == null
        ? Location.of(pointer)
        : Location.of(pointer, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    return new CatalogueProblem(location, "invalid JSON: " + e.getOriginalMessage());
  }
}
