package eu.fami.model.catalogue;

import eu.fami.model.Nullable;
import org.immutables.value.Value;

/** STUB. */
@Value.Immutable
public interface CatalogueEntry {
  Table getTable();

  String getCode();

  String getLabelIt();

  String getLabelEn();

  String getSource();

  @Nullable
  String getObjective();

  @Nullable
  String getParent();

  @Value.Default
  default boolean isUncertain() {
    return false;
  }
}
