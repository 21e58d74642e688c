package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.fami.model.Amount;
import eu.fami.model.Call;
import eu.fami.model.CostCategory;
import eu.fami.model.Expenditure;
import eu.fami.model.IndicatorValue;
import eu.fami.model.Period;
import eu.fami.model.ProgressReport;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.ReportDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WriterTest {
  private static final FamiJson JSON = FamiJson.defaults();

  @Test
  void canonicalForm() {
    Call call = Call.builder()
        .maxDurationMonths(36L)
        .title("Avviso – più")
        .code("C-1")
        .period(Period.P2021_2027)
        .allocation(Amount.of(new BigDecimal("1500")))
        .maxGrant(Amount.of(new BigDecimal("12.345")))
        .maxEuShare(Rate.of("0.750"))
        .opens(LocalDate.of(2023, 3, 1))
        .build();
    assertThat(JSON.writeString(call)).isEqualTo("""
        {
          "format": "fami/1",
          "kind": "call",
          "code": "C-1",
          "period": "2021-2027",
          "title": "Avviso – più",
          "opens": "2023-03-01",
          "allocation": 1500.00,
          "maxGrant": 12.345,
          "maxEuShare": 0.750,
          "maxDurationMonths": 36
        }
        """);
  }

  @Test
  void amountsOutOfBoundsAreWrittenExactly() {
    Call call = Call.builder()
        .allocation(Amount.of(new BigDecimal("1e20")))
        .maxGrant(Amount.of(new BigDecimal("-1.5")))
        .build();
    String text = JSON.writeString(call);
    assertThat(text).contains("\"allocation\": 1E+20,")
        .contains("\"maxGrant\": -1.50");
    Call back = JSON.read(JSON.writeString(Call.builder().maxGrant(call.getMaxGrant()).build()))
        .document(Call.class).orElseThrow();
    assertThat(back.getMaxGrant()).isEqualTo(call.getMaxGrant());
  }

  @Test
  void reportDocumentIsFlat() {
    ReportDocument doc = ReportDocument.builder()
        .project("P-1")
        .report(ProgressReport.builder()
            .quarter(Quarter.of("2024-Q1"))
            .addExpenditure(Expenditure.builder().partner("X").category(CostCategory.STAFF)
                .amount(Amount.of("-10")).correction(true).build())
            .addIndicators(IndicatorValue.builder().id("O.2.3").total(0L).build())
            .build())
        .build();
    String text = JSON.writeString(doc);
    assertThat(text).isEqualTo("""
        {
          "format": "fami/1",
          "kind": "report",
          "project": "P-1",
          "quarter": "2024-Q1",
          "expenditure": [
            {
              "partner": "X",
              "category": "STAFF",
              "amount": -10.00,
              "correction": true
            }
          ],
          "indicators": [
            {
              "id": "O.2.3",
              "total": 0
            }
          ]
        }
        """);
    assertThat(JSON.read(text).document()).isEqualTo(doc);
  }

  @Test
  void onlyDocumentsAreWritten() {
    assertThatThrownBy(() -> JSON.writeString("a string"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JSON.writeString(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailingStreamIsUnchecked() {
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> JSON.write(Call.builder().code("X").build(), failing))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void theStreamIsNotClosed() {
    boolean[] closed = {false};
    OutputStream out = new java.io.ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JSON.write(Call.builder().code("X").build(), out);
    JSON.openDatasetWriter(out, null, java.util.List.of()).close();
    assertThat(closed[0]).isFalse();
  }
}
