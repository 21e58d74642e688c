package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.fami.model.Amount;
import eu.fami.model.Dataset;
import eu.fami.model.Partner;
import eu.fami.model.Period;
import eu.fami.model.Project;
import eu.fami.model.Rate;
import eu.fami.model.ReportDocument;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamiModuleTest {
  private static final ObjectMapper MAPPER = FamiJson.newObjectMapper();

  /** A portal's own request body holding fami values. */
  public static final class Request {
    public String user;
    public Project project;
    public List<Amount> amounts;
    public Rate rate;
    public Period period;
  }

  @Test
  void theMapperIsConfiguredForFami() {
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(MAPPER.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)).isTrue();
    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(MAPPER.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION))
        .isTrue();
    assertThat(MAPPER.getFactory().isEnabled(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN))
        .isTrue();
    assertThat(MAPPER.getFactory().streamReadConstraints().getMaxNestingDepth())
        .isEqualTo(ReadLimits.defaults().maxNestingDepth());
    assertThat(MAPPER.getRegisteredModuleIds()).isNotEmpty();
  }

  @Test
  void documentsRoundTripThroughTheMapper() throws Exception {
    for (String name : Examples.NAMES) {
      Object doc = FamiJson.defaults().read(Examples.bytes(name)).document();
      Class<?> type = doc instanceof Project ? Project.class
          : doc instanceof Dataset ? Dataset.class
          : doc instanceof ReportDocument ? ReportDocument.class
          : doc.getClass().getInterfaces()[0];
      String text = MAPPER.writeValueAsString(doc);
      assertThat(MAPPER.readValue(Examples.bytes(name), type)).as(name).isEqualTo(doc);
      assertThat(MAPPER.readValue(text, type)).as(name).isEqualTo(doc);
    }
  }

  @Test
  void modelValuesInsideAPortalsOwnTypes() throws Exception {
    String json = """
        {"user": "u1",
         "project": {"code": "P-1", "partners": [{"id": "00743110157", "role": "LEAD"}]},
         "amounts": [1500, 12.345, -1.00],
         "rate": 0.75,
         "period": "2014-2020"}
        """;
    Request r = MAPPER.readValue(json, Request.class);
    assertThat(r.project.getPartners()).extracting(Partner::getId).containsExactly("00743110157");
    assertThat(r.amounts).extracting(Amount::toString).containsExactly("1500.00", "12.345", "-1.00");
    assertThat(r.rate.value()).isEqualByComparingTo(new BigDecimal("0.75"));
    assertThat(r.period).isEqualTo(Period.P2014_2020);
    String back = MAPPER.writeValueAsString(r);
    assertThat(back).contains("\"amounts\":[1500.00,12.345,-1.00]").contains("\"period\":\"2014-2020\"")
        .contains("\"format\":\"fami/1\",\"kind\":\"project\",\"code\":\"P-1\"");
    assertThat(MAPPER.readValue(back, Request.class).project).isEqualTo(r.project);
  }

  @Test
  void badInputThrowsWithEveryProblemListed() {
    String json = "{\"format\": \"fami/1\", \"kind\": \"project\", \"colour\": 1,"
        + " \"start\": \"2023-13-45\", \"status\": \"NEW\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Project.class))
        .isInstanceOf(FamiReadException.class)
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("FAMI-IO-002").hasMessageContaining("/colour")
        .hasMessageContaining("FAMI-IO-003").hasMessageContaining("/start")
        .hasMessageContaining("/status")
        .satisfies(e -> assertThat(((FamiReadException) e).problems())
            .extracting(Violation::getRule)
            .containsExactly(RuleIds.IO_002, RuleIds.IO_003, RuleIds.IO_003));
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"kind\": \"call\", \"code\": \"X\"}", Project.class))
        .isInstanceOf(FamiReadException.class).hasMessageContaining("FAMI-IO-006");
    assertThatThrownBy(() -> MAPPER.readValue("{\"code\": \"A\", \"code\": \"B\"}", Project.class))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("code");
    assertThatThrownBy(() -> MAPPER.readValue("{\"code\": \"A\"} {}", Project.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> MAPPER.readValue("1e400", Amount.class))
        .isInstanceOf(FamiReadException.class).hasMessageContaining("FAMI-FMT-004");
  }

  @Test
  void lenientModuleAcceptsUnknownProperties() throws Exception {
    ObjectMapper lenient = FamiJson.builder().unknownPropertiesAsWarnings(true).build()
        .objectMapper();
    Project p = lenient.readValue("{\"code\": \"A\", \"colour\": 1}", Project.class);
    assertThat(p.getCode()).isEqualTo("A");
    // past maxProblems the rest of the value is skipped, which is an error
    StringBuilder sb = new StringBuilder("{\"user\": \"u\", \"project\": {\"code\": \"A\"");
    for (int i = 0; i < 1500; i++) {
      sb.append(", \"x").append(i).append("\": {\"y\": [1]}");
    }
    sb.append(", \"title\": \"T\"}, \"rate\": 0.5}");
    assertThatThrownBy(() -> lenient.readValue(sb.toString(), Request.class))
        .isInstanceOf(FamiReadException.class).hasMessageContaining("maxProblems")
        .hasMessageContaining("'/x0'");
  }

  @Test
  void aModuleOnAnotherMapper() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new FamiModule());
    Project p = plain.readValue("{\"code\": \"A\", \"budget\": {\"total\": 10.5}}", Project.class);
    assertThat(p.getBudget().getTotal()).hasToString("10.50");
    Map<String, Project> back = plain.readValue(plain.writeValueAsString(Map.of("p", p)),
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Project>>() {});
    assertThat(back).containsEntry("p", p);
  }
}
