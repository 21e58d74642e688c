package eu.fami.rules.builtin.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Period;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.Table;
import org.junit.jupiter.api.Test;

/** The one code FAMI-ELIG-008 holds itself is the catalogue's Annex IV modality. */
class AnnexIvFitTest {
  @Test
  void annexIvModalityIsTheCataloguesActionsListedInAnnexIv() {
    assertThat(
            Catalogue.builtIn(Period.P2021_2027)
                .entry(Table.IMPLEMENTATION_MODALITY, AnnexIvFit.ANNEX_IV_MODALITY))
        .hasValueSatisfying(e -> assertThat(e.getLabelEn()).isEqualTo("Actions listed in Annex IV"));
    assertThat(Catalogue.builtIn(Period.P2014_2020).contains(Table.IMPLEMENTATION_MODALITY, AnnexIvFit.ANNEX_IV_MODALITY))
        .as("2014-2020 has no Annex IV modality (FAMI-CAT-008)")
        .isFalse();
  }
}
