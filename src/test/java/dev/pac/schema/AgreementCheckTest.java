package dev.pac.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import dev.pac.model.Finding;
import dev.pac.yaml.YamlNode;
import dev.pac.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The golden agreement check itself can fail, both ways, and classifies findings as intended. */
class AgreementCheckTest {
  @TempDir Path dir;

  @Test
  void passesWhenBothAgree() throws Exception {
    JsonSchema schema = Schemas.plan();
    assertDoesNotThrow(
        () -> GoldenPlansAgreementTest.agree(schema, plan("ok.yaml", PlanSchemaTest.VALID)));
    assertDoesNotThrow(
        () ->
            GoldenPlansAgreementTest.agree(
                schema,
                plan("bad.yaml", PlanSchemaTest.VALID.replace("unit: count", "unit: pieces"))));
  }

  @Test
  void failsWhenTheSchemaAcceptsWhatTheValidatorRejects() throws Exception {
    JsonSchema lenient =
        Schemas.FACTORY.getSchema(JsonNodeFactory.instance.objectNode(), Schemas.CONFIG);
    Path bad = plan("bad.yaml", PlanSchemaTest.VALID.replace("currency: EUR", "colour: red"));
    assertThrows(AssertionFailedError.class, () -> GoldenPlansAgreementTest.agree(lenient, bad));
  }

  @Test
  void failsWhenTheSchemaRejectsAValidPlan() throws Exception {
    JsonSchema strict = Schemas.FACTORY.getSchema(BooleanNode.FALSE, Schemas.CONFIG);
    Path ok = plan("ok.yaml", PlanSchemaTest.VALID);
    assertThrows(AssertionFailedError.class, () -> GoldenPlansAgreementTest.agree(strict, ok));
  }

  @Test
  void classifiesFindings() {
    String yaml =
        PlanSchemaTest.VALID
            .replace("currency: EUR", "currency: 123")
            .replace("pac: 1", "pac: 1.0");
    YamlNode root = new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml").root();
    var errors = PlanSchemaTest.schemaErrors(PlanSchemaTest.validator(yaml));
    Finding currency =
        errors.stream().filter(f -> f.message().contains("ISO 4217")).findFirst().orElseThrow();
    Finding version =
        errors.stream().filter(f -> f.message().contains("'pac'")).findFirst().orElseThrow();
    // 123 is a number to JSON: the currency pattern cannot see it; 1.0 is an integer to JSON Schema
    assertFalse(GoldenPlansAgreementTest.expressible(currency, root), currency.toString());
    assertFalse(GoldenPlansAgreementTest.expressible(version, root), version.toString());
    String missing =
        PlanSchemaTest.VALID
            .replace("    title: Monthly webinars\n", "")
            .replace("owner: Ana\n", "");
    var required = PlanSchemaTest.schemaErrors(PlanSchemaTest.validator(missing));
    YamlNode r2 = new YamlReader().parse(missing.getBytes(StandardCharsets.UTF_8), "p.yaml").root();
    assertFalse(required.isEmpty());
    assertTrue(
        required.stream().allMatch(f -> GoldenPlansAgreementTest.expressible(f, r2)),
        required.toString());
  }

  private Path plan(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
