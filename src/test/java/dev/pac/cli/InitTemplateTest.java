package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pac.model.Lang;
import dev.pac.render.SchemaJson;
import dev.pac.workspace.WorkspaceTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The templates of {@code pac init} and the example workspace cannot drift apart: {@code
 * examples/acme} is the English template, byte for byte, and each template folder holds exactly
 * what the index lists.
 */
class InitTemplateTest {
  static final Path TEMPLATES = Path.of("src/main/resources/dev/pac/init");
  static final Path EXAMPLE = Path.of("examples/acme");

  @Test
  void theExampleIsTheEnglishTemplate() throws IOException {
    WorkspaceTemplate en = WorkspaceTemplate.of(Lang.EN);
    assertEquals(
        sorted(en.files()),
        filesUnder(EXAMPLE),
        "examples/acme and the English template list the same files (copy examples/acme/. to "
            + TEMPLATES
            + "/en/)");
    for (String f : en.files()) {
      assertArrayEquals(
          Files.readAllBytes(EXAMPLE.resolve(f)),
          en.content(f),
          f
              + " differs between examples/acme and the English template (copy examples/acme/. to "
              + TEMPLATES
              + "/en/)");
    }
  }

  /** The schema editors read through each plan's modeline is the one `pac schema` prints. */
  @ParameterizedTest
  @EnumSource(Lang.class)
  void theTemplateSchemaIsTheCurrentSchema(Lang lang) {
    StringWriter schema = new StringWriter();
    SchemaJson.write(new PrintWriter(schema));
    assertEquals(
        schema.toString(),
        new String(
            WorkspaceTemplate.of(lang).content("pac-plan.schema.json"), StandardCharsets.UTF_8),
        "regenerate it: bin/pac schema --output "
            + TEMPLATES
            + "/"
            + lang.id()
            + "/pac-plan.schema.json (and examples/acme)");
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theIndexListsEveryFileOfTheTemplateFolder(Lang lang) throws IOException {
    assertEquals(
        filesUnder(TEMPLATES.resolve(lang.id())),
        sorted(WorkspaceTemplate.of(lang).files()),
        "every file under "
            + TEMPLATES
            + "/"
            + lang.id()
            + " is listed in index.txt, and only those");
  }

  @Test
  void bothLanguagesHaveTheSameKindsOfFiles() {
    List<String> en =
        WorkspaceTemplate.of(Lang.EN).files().stream().map(InitTemplateTest::folder).toList();
    List<String> fr =
        WorkspaceTemplate.of(Lang.FR).files().stream().map(InitTemplateTest::folder).toList();
    assertEquals(en, fr, "the French workspace has the same folders, in the same order");
  }

  private static String folder(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? file : file.substring(0, slash + 1);
  }

  private static List<String> sorted(List<String> files) {
    return files.stream().sorted().toList();
  }

  private static List<String> filesUnder(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
