package dev.pac.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The JSON writer every JSON renderer uses: two-space indent, LF, the writer left open. */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  public static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pp);
    return g;
  }

  /** What a renderer writes into the generator. */
  public interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes one JSON document to {@code out}, then a line break. */
  public static void write(PrintWriter out, Body body) {
    try (JsonGenerator g = generator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  /** Writes a number that may be undefined (null), unrounded. */
  public static void number(JsonGenerator g, String field, Double value) throws IOException {
    if (value == null || value.isNaN() || value.isInfinite()) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value + 0.0); // never -0.0
    }
  }
}
