package dev.pac.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other inward only: no two packages need each other, directly or
 * through others, so each layer can be read, tested and changed without the ones above it.
 */
class PackageLayersTest {
  private static final Path MAIN = Path.of("src/main/java/dev/pac");
  private static final Pattern USE =
      Pattern.compile("\\bdev\\.pac\\.([a-z0-9]+)(?:\\.[a-z0-9]+)*\\.[A-Z]");

  static Map<String, Set<String>> graph() throws IOException {
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(f).getName(0).toString();
        Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = USE.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            out.add(m.group(1));
          }
        }
      }
    }
    return deps;
  }

  /** Tarjan's strongly connected components of more than one package. */
  static List<Set<String>> cycles(Map<String, Set<String>> g) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> found = new ArrayList<>();
    int[] next = {0};
    for (String v : g.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, g, index, low, stack, onStack, found, next);
      }
    }
    return found;
  }

  private static void connect(
      String v,
      Map<String, Set<String>> g,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> found,
      int[] next) {
    index.put(v, next[0]);
    low.put(v, next[0]++);
    stack.push(v);
    onStack.add(v);
    for (String w : g.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, g, index, low, stack, onStack, found, next);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        found.add(component);
      }
    }
  }

  @Test
  void noTwoPackagesDependOnEachOther() throws IOException {
    assertEquals(List.of(), cycles(graph()));
  }

  @Test
  void theCycleFinderFindsACycle() {
    Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"));
    assertEquals(List.of(Set.of("a", "b", "c")), cycles(new TreeMap<>(g)));
  }

  @Test
  void theModelDependsOnNoOtherLayer() throws IOException {
    assertEquals(Set.of("i18n"), graph().get("model"));
  }

  @Test
  void computationsNeitherPrintNorParseArguments() throws IOException {
    Map<String, Set<String>> g = graph();
    for (String pure : List.of("score", "report", "diff", "schema", "history", "check")) {
      Set<String> above = new TreeSet<>(g.get(pure));
      above.retainAll(Set.of("render", "cli"));
      assertEquals(Set.of(), above, pure + " depends on a layer above it");
    }
  }
}
