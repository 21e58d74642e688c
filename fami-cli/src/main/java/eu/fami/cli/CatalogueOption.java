package eu.fami.cli;

import eu.fami.io.catalogue.CatalogueFileException;
import eu.fami.io.catalogue.CatalogueFiles;
import eu.fami.io.catalogue.CatalogueProblem;
import eu.fami.model.catalogue.Catalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes catalogue files for the commands, turning file problems into usage errors. */
final class CatalogueOption {
  private CatalogueOption() {}

  /** The built-in catalogue of the file's period, amended by {@code file}. */
  static Catalogue read(Path file) {
    if (!Files.isReadable(file)) {
      throw new UsageException("cannot read catalogue " + file);
    }
    try {
      return CatalogueFiles.read(file);
    } catch (CatalogueFileException e) {
      StringBuilder msg = new StringBuilder("catalogue " + file + " is not valid:");
      for (CatalogueProblem p : e.problems()) {
        msg.append("\n  ").append(p);
      }
      throw new UsageException(msg.toString());
    } catch (IOException e) {
      throw new UsageException("cannot read catalogue " + file + ": " + e.getMessage());
    }
  }

  /** Writes {@code catalogue} in the catalogue file format. */
  static void write(Catalogue catalogue, PrintWriter out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CatalogueFiles.write(catalogue, bytes);
    out.print(bytes.toString(StandardCharsets.UTF_8));
  }
}
