package dev.pac.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pac.error.ExitCode;
import dev.pac.error.PacException;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {
  static YamlDocument parse(String yaml) {
    return new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml");
  }

  static YamlNode.Mapping root(String yaml) {
    YamlDocument doc = parse(yaml);
    assertTrue(doc.findings().isEmpty(), doc.findings().toString());
    return assertInstanceOf(YamlNode.Mapping.class, doc.root());
  }

  static YamlNode.Scalar scalar(String yaml, String key) {
    return assertInstanceOf(YamlNode.Scalar.class, root(yaml).entry(key).value());
  }

  static Finding only(YamlDocument doc) {
    assertEquals(1, doc.findings().size(), doc.findings().toString());
    return doc.findings().get(0);
  }

  static void at(Finding f, Rule rule, int line, int column) {
    assertEquals(rule, f.rule(), f.toString());
    assertEquals(line + ":" + column, f.line() + ":" + f.column(), f.toString());
  }

  // ---------------------------------------------------------------- locations

  @Test
  void keysValuesAndItemsAreLocated() {
    YamlNode.Mapping m = root("# head\nid: x\nlist:\n  - a\n  -   b\nflow: {k: v}\n");
    YamlNode.Entry id = m.entry("id");
    assertEquals(new Location(2, 1), id.keyAt());
    assertEquals(new Location(2, 5), id.value().at());
    YamlNode.Sequence list = assertInstanceOf(YamlNode.Sequence.class, m.entry("list").value());
    assertEquals(new Location(4, 3), list.at());
    assertEquals(new Location(4, 5), list.items().get(0).at());
    assertEquals(new Location(5, 7), list.items().get(1).at());
    YamlNode.Mapping flow = assertInstanceOf(YamlNode.Mapping.class, m.entry("flow").value());
    assertEquals(new Location(6, 7), flow.at());
    assertEquals(new Location(6, 8), flow.entries().get(0).keyAt());
    assertEquals(new Location(6, 11), flow.entries().get(0).value().at());
  }

  @Test
  void columnsCountCharactersNotBytes() {
    YamlNode.Mapping m = root("owner: Chloé Müller\nid: x\n");
    assertEquals(new Location(2, 5), m.entry("id").value().at());
    YamlNode.Mapping accents = root("title: \"ééé\"\nx: 1\n");
    assertEquals(new Location(2, 4), accents.entry("x").value().at());
  }

  // ---------------------------------------------------------------- core schema typing

  @Test
  void plainScalarsFollowTheYaml12CoreSchema() {
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: yes\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: on\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: 1_000\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: 2027-03-01\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.BOOLEAN, scalar("v: true\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.NULL, scalar("v: ~\n", "v").kind());
    // regression: an empty plain value is null in the core schema, not the text ""
    assertEquals(YamlNode.Scalar.Kind.NULL, scalar("v:\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.NULL, scalar("v:   # comment\nw: 1\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: ''\n", "v").kind());
    YamlNode.Scalar hex = scalar("v: 0x10\n", "v");
    assertEquals(YamlNode.Scalar.Kind.INTEGER, hex.kind());
    assertEquals(BigInteger.valueOf(16), hex.number());
    YamlNode.Scalar octal = scalar("v: 0o17\n", "v");
    assertEquals(BigInteger.valueOf(15), octal.number());
    assertEquals(YamlNode.Scalar.Kind.FLOAT, scalar("v: 3.7\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.FLOAT, scalar("v: 1e3\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.INTEGER, scalar("v: -12\n", "v").kind());
  }

  @Test
  void everyStartOfACoreSchemaValueStillResolves() {
    // plain scalars that cannot start a null, boolean or number are text without the schema's
    // patterns; each character that can start one still reaches them
    assertEquals(YamlNode.Scalar.Kind.NULL, scalar("v: null\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.NULL, scalar("v: Null\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.NULL, scalar("v: NULL\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.BOOLEAN, scalar("v: True\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.BOOLEAN, scalar("v: FALSE\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.BOOLEAN, scalar("v: false\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.INTEGER, scalar("v: +7\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.FLOAT, scalar("v: .5\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.FLOAT, scalar("v: -.inf\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.FLOAT, scalar("v: .NaN\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: nothing\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: Yes\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: obj-1\n", "v").kind());
    assertEquals("obj-1", scalar("v: obj-1\n", "v").text());
  }

  @Test
  void quotedAndTaggedScalarsAreText() {
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: '5'\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: \"5\"\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: !!str 5\n", "v").kind());
    assertEquals(YamlNode.Scalar.Kind.STRING, scalar("v: |\n  5\n", "v").kind());
    assertEquals("5", scalar("v: '5'\n", "v").text());
  }

  // ---------------------------------------------------------------- structure

  @Test
  void duplicateKeysAreReportedAtTheSecondAndTheFirstIsKept() {
    YamlDocument doc = parse("a: 1\nb:\n  c: 2\n  c: 3\n");
    Finding f = only(doc);
    at(f, Rule.SCHEMA_DUPLICATE_KEY, 4, 3);
    assertTrue(f.message().contains("line 3"), f.message());
    YamlNode.Mapping b = (YamlNode.Mapping) ((YamlNode.Mapping) doc.root()).entry("b").value();
    assertEquals(1, b.entries().size());
    assertEquals("2", ((YamlNode.Scalar) b.entry("c").value()).text());
  }

  @Test
  void anchorsOnScalarsAliasesAndMergeKeysAreRefused() {
    YamlDocument doc = parse("a: &x 1\nb: *x\nc:\n  <<: {d: 1}\n  e: 2\n");
    List<Finding> f = doc.findings();
    assertEquals(3, f.size(), f.toString());
    at(f.get(0), Rule.SCHEMA_ALIAS, 1, 4);
    at(f.get(1), Rule.SCHEMA_ALIAS, 2, 4);
    at(f.get(2), Rule.SCHEMA_ALIAS, 4, 3);
    YamlNode.Mapping m = (YamlNode.Mapping) doc.root();
    assertEquals(YamlNode.Scalar.Kind.INVALID, ((YamlNode.Scalar) m.entry("b").value()).kind());
    assertNull(((YamlNode.Mapping) m.entry("c").value()).entry("<<"));
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryKey() {
    YamlNode.Mapping m = root("'<<': 1\n");
    assertNotNull(m.entry("<<"));
  }

  @Test
  void aSecondDocumentIsASyntaxErrorAtItsMarker() {
    YamlDocument doc = parse("a: 1\n---\nb: 2\n");
    at(only(doc), Rule.SYNTAX, 2, 1);
    assertNotNull(doc.root());
  }

  @Test
  void oneDocumentWithMarkersIsFine() {
    root("---\na: 1\n...\n");
  }

  @Test
  void aTabInIndentationIsLocated() {
    at(only(parse("a:\n  b: 1\n\tc: 2\n")), Rule.SYNTAX, 3, 1);
    at(only(parse("a:\n  - x\n  \t- y\n")), Rule.SYNTAX, 3, 3);
  }

  @Test
  void tabsOutsideIndentationAreFine() {
    root("a: \"x\ty\"\n# \tcomment\nb: 1\t# trailing\n");
  }

  @Test
  void aByteThatIsNotUtf8IsLocated() {
    byte[] latin1 = "id: x\nowner: Chlo\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    YamlDocument doc = new YamlReader().parse(latin1, "p.yaml");
    at(only(doc), Rule.SYNTAX, 2, 12);
    assertNull(doc.root());
    byte[] afterAccent = "owner: \u00e9\u00e9 \u00ff".getBytes(StandardCharsets.UTF_8);
    afterAccent[afterAccent.length - 2] = (byte) 0xff; // break the last character
    at(only(new YamlReader().parse(afterAccent, "p.yaml")), Rule.SYNTAX, 1, 11);
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    byte[] text = "id: x\n".getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[text.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bom, 3, text.length);
    YamlDocument doc = new YamlReader().parse(bom, "p.yaml");
    assertTrue(doc.findings().isEmpty(), doc.findings().toString());
    assertEquals(new Location(1, 1), ((YamlNode.Mapping) doc.root()).entry("id").keyAt());
  }

  @Test
  void emptyAndCommentOnlyFilesAreSyntaxErrors() {
    at(only(parse("")), Rule.SYNTAX, 1, 1);
    at(only(parse("# nothing\n")), Rule.SYNTAX, 1, 1);
  }

  @Test
  void malformedYamlIsLocatedAtTheProblem() {
    at(only(parse("a: 1\n b: 2\n")), Rule.SYNTAX, 2, 3);
    at(only(parse("a: {x: 1 y: 2}\n")), Rule.SYNTAX, 1, 11);
  }

  @Test
  void anUnclosedBracketIsLocatedWhereItOpensNotWhereTheParserNoticed() {
    // regression: the parser notices on the next line, at the next key's ':'
    Finding f = only(parse("a: 1\nb: [1, 2\nc: 3\n"));
    at(f, Rule.SYNTAX, 2, 4);
    assertEquals(
        "not well-formed YAML: this '[' is not closed: expected ',' or ']' before the ':' at line"
            + " 3, column 2",
        f.message());
    Finding g = only(parse("a: {x: 1\n"));
    at(g, Rule.SYNTAX, 1, 4);
    assertEquals(
        "not well-formed YAML: this '{' is not closed: expected ',' or '}' before the end of the"
            + " file at line 2, column 1",
        g.message());
  }

  @Test
  void anUnclosedQuoteIsLocatedWhereItOpens() {
    Finding f = only(parse("a: 1\nb: \"open\nc: 3\n"));
    at(f, Rule.SYNTAX, 2, 4);
  }

  @Test
  void nonTextKeysAreTypeErrors() {
    at(only(parse("[a, b]: 1\n")), Rule.SCHEMA_TYPE, 1, 1);
  }

  // ---------------------------------------------------------------- limits

  @Test
  void onlyTheDefaultValuesAreTheDefaultLimits() {
    assertTrue(new YamlReader.Limits(1L << 20, 64, 64 * 1024).isDefault());
    assertTrue(new YamlReader().limits().isDefault());
    assertFalse(new YamlReader.Limits((1L << 20) + 1, 64, 64 * 1024).isDefault());
    assertFalse(new YamlReader.Limits(1L << 20, 63, 64 * 1024).isDefault());
    assertFalse(new YamlReader.Limits(1L << 20, 64, 1000).isDefault());
  }

  @Test
  void nestingDeeperThanTheLimitStopsAtTheLevelThatExceedsIt() {
    String ok = "a: " + "[".repeat(63) + "]".repeat(63) + "\n";
    assertTrue(parse(ok).findings().isEmpty(), parse(ok).findings().toString());
    YamlDocument deep = parse("a: " + "[".repeat(64) + "]".repeat(64) + "\n");
    at(only(deep), Rule.SYNTAX, 1, 4 + 63);
    assertNull(deep.root());
  }

  @Test
  void tooLongAStringIsRefusedAndLocated() {
    String yaml = "a: 1\nb: " + "x".repeat(64 * 1024 + 1) + "\nc: 2\n";
    YamlDocument doc = parse(yaml);
    at(only(doc), Rule.SYNTAX, 2, 4);
    assertNotNull(((YamlNode.Mapping) doc.root()).entry("c"));
  }

  @Test
  void aStringAtTheLimitIsFine() {
    root("b: " + "x".repeat(64 * 1024) + "\n");
  }

  @Test
  void aFileOverOneMebibyteIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    byte[] big = new byte[(1 << 20) + 1];
    Arrays.fill(big, (byte) '#');
    big[big.length - 1] = '\n';
    Path file = dir.resolve("big.yaml");
    Files.write(file, big);
    YamlDocument doc = new YamlReader().read(file, "plans/big.yaml");
    Finding f = only(doc);
    at(f, Rule.SYNTAX, 1, 1);
    assertEquals("plans/big.yaml", f.file());
    assertTrue(f.message().contains("1,048,577 bytes"), f.message());
    assertNull(doc.root());
    at(only(new YamlReader().parse(big, "p.yaml")), Rule.SYNTAX, 1, 1);
  }

  @Test
  void aFileOfExactlyOneMebibyteIsRead(@TempDir Path dir) throws IOException {
    byte[] text = new byte[1 << 20];
    Arrays.fill(text, (byte) ' ');
    byte[] head = "a: 1\n#".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, text, 0, head.length);
    text[text.length - 1] = '\n';
    Path file = dir.resolve("one.yaml");
    Files.write(file, text);
    YamlDocument doc = new YamlReader().read(file, "one.yaml");
    assertTrue(doc.findings().isEmpty(), doc.findings().toString());
  }

  @Test
  void aMissingFileIsAnIoError(@TempDir Path dir) {
    PacException e =
        assertThrows(
            PacException.class, () -> new YamlReader().read(dir.resolve("nope.yaml"), "nope.yaml"));
    assertEquals(ExitCode.IO, e.exitCode());
    assertEquals("nope.yaml", e.where());
  }

  @Test
  void aFolderIsASyntaxFindingNotACrash(@TempDir Path dir) {
    at(only(new YamlReader().read(dir, "plans")), Rule.SYNTAX, 1, 1);
  }
}
