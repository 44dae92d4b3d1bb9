package dev.pac.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pac.model.Criterion;
import dev.pac.score.CriterionScore;
import dev.pac.score.Ranking;
import dev.pac.score.ScoreResult;
import dev.pac.score.ScoredTarget;
import dev.pac.score.Sensitivity;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * {@code {"plan", "of", "method", "weights", "ranking": [...], "sensitivity": [...]}} as
 * docs/scoring.md describes it, numbers unrounded. Targets TOPSIS could not rank follow the ranked
 * ones with {@code rank} and {@code score} null, empty {@code contributions} and their {@code
 * missing} criteria. With explain, each entry also has {@code values} and {@code normalised}
 * (criterion → number or null) and, for TOPSIS, {@code distance_to_ideal} and {@code
 * distance_to_anti_ideal}.
 */
public final class ScoreJson implements ScoreRenderer {
  @Override
  public void render(ScoreResult result, boolean explain, PrintWriter out) {
    Ranking r = result.ranking();
    Json.write(
        out,
        g -> {
          g.writeStartObject();
          g.writeStringField("plan", result.plan());
          g.writeStringField("of", result.of().id());
          g.writeStringField("method", r.method().id());
          g.writeObjectFieldStart("weights");
          for (Map.Entry<Criterion, Double> e : r.weights().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue());
          }
          g.writeEndObject();
          g.writeArrayFieldStart("ranking");
          for (ScoredTarget t : r.all()) {
            target(g, t, explain);
          }
          g.writeEndArray();
          if (result.sensitivity() != null) {
            g.writeArrayFieldStart("sensitivity");
            for (Sensitivity s : result.sensitivity()) {
              g.writeStartObject();
              g.writeStringField("criterion", s.criterion().id());
              Json.number(g, "flip_down_pct", s.flipDownPct());
              Json.number(g, "flip_up_pct", s.flipUpPct());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        });
  }

  private static void target(JsonGenerator g, ScoredTarget t, boolean explain) throws IOException {
    g.writeStartObject();
    if (t.ranked()) {
      g.writeNumberField("rank", t.rank());
    } else {
      g.writeNullField("rank");
    }
    g.writeStringField("id", t.id());
    g.writeStringField("name", t.target().name());
    Json.number(g, "score", t.score());
    g.writeObjectFieldStart("contributions");
    if (t.ranked()) {
      for (CriterionScore cs : t.criteria()) {
        Json.number(g, cs.criterion().id(), cs.contribution());
      }
    }
    g.writeEndObject();
    g.writeArrayFieldStart("missing");
    for (Criterion c : t.missing()) {
      g.writeString(c.id());
    }
    g.writeEndArray();
    if (explain) {
      g.writeObjectFieldStart("values");
      for (CriterionScore cs : t.criteria()) {
        Json.number(g, cs.criterion().id(), cs.value());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("normalised");
      for (CriterionScore cs : t.criteria()) {
        Json.number(g, cs.criterion().id(), cs.normalised());
      }
      g.writeEndObject();
      if (t.distanceToIdeal() != null) {
        Json.number(g, "distance_to_ideal", t.distanceToIdeal());
        Json.number(g, "distance_to_anti_ideal", t.distanceToAntiIdeal());
      }
    }
    g.writeEndObject();
  }
}
