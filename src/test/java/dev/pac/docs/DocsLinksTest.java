package dev.pac.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The docs ship with the code: every relative Markdown link points at a file of the repository. */
class DocsLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  static List<String> broken(Path md) throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m = LINK.matcher(Files.readString(md));
    while (m.find()) {
      String target = m.group(1);
      if (target.contains("://") || target.startsWith("#") || target.startsWith("mailto:")) {
        continue;
      }
      String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
      if (!Files.exists(md.toAbsolutePath().getParent().resolve(path))) {
        out.add(md + " → " + target);
      }
    }
    return out;
  }

  @Test
  void everyRelativeLinkOfTheDocsResolves() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> s = Files.list(Path.of("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    assertTrue(docs.size() > 5);
    List<String> broken = new ArrayList<>();
    for (Path md : docs) {
      broken.addAll(broken(md));
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void aBrokenLinkIsFound() throws IOException {
    Path dir = Files.createTempDirectory("pac-docs-");
    Path md = dir.resolve("x.md");
    Files.writeString(
        md, "See [here](missing.md), [there](x.md#top) and [web](https://example.org).\n");
    assertEquals(List.of(md + " → missing.md"), broken(md));
  }
}
