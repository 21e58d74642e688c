package eu.fami.rules.builtin.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Period;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.Table;
import org.junit.jupiter.api.Test;

/** FAMI-ELIG-008 takes the Annex IV modality from the catalogue: 003 in 2021-2027, none before. */
class AnnexIvFitTest {
  @Test
  void annexIvModalityIsTheCataloguesActionsListedInAnnexIv() {
    Catalogue c2021 = Catalogue.builtIn(Period.P2021_2027);
    assertThat(c2021.annexIvModality()).contains("003");
    assertThat(c2021.entry(Table.IMPLEMENTATION_MODALITY, c2021.annexIvModality().orElseThrow()))
        .hasValueSatisfying(e -> assertThat(e.getLabelEn()).isEqualTo("Actions listed in Annex IV"));
    assertThat(Catalogue.builtIn(Period.P2014_2020).annexIvModality())
        .as("2014-2020 has no Annex IV")
        .isEmpty();
  }
}
