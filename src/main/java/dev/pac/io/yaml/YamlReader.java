package dev.pac.io.yaml;

import dev.pac.error.PacException;
import dev.pac.io.InputFile;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * Reads a YAML file into a located {@link YamlNode} tree, strictly: one document, no anchors, aliases
 * or merge keys, no duplicate keys, bounded size, depth and string length. Every problem becomes a
 * located finding; only a file that cannot be read at all throws ({@link PacException}, exit 3).
 */
public final class YamlReader {
  /** Limits on what a plan or mapping file may be. */
  public record Limits(long maxBytes, int maxDepth, int maxStringChars) {
    public static final Limits DEFAULT = new Limits(1L << 20, 64, 64 * 1024);
  }

  private final Limits limits;
  private final LoadSettings settings;

  public YamlReader() {
    this(Limits.DEFAULT);
  }

  public YamlReader(Limits limits) {
    this.limits = limits;
    this.settings = LoadSettings.builder()
        .setAllowDuplicateKeys(true) // reported by us, with a location
        .setMaxAliasesForCollections(10)
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 16))
        .setUseMarks(true)
        .build();
  }

  /**
   * Reads {@code path}, naming it {@code file} in findings. What is not a regular file (a folder, a FIFO,
   * a device, a link out of the workspace) and a file over the size limit are findings, and are never
   * read ({@link InputFile}).
   */
  public YamlDocument read(Path path, String file) {
    String refused = InputFile.refusal(path);
    if (refused != null) {
      return failed(file, Location.START, refused.startsWith("this is a folder,") ? "this is a folder, not a YAML file" : refused);
    }
    InputFile.Bounded read = InputFile.readAtMost(path, file, limits.maxBytes());
    if (read.tooLarge()) {
      return failed(file, Location.START, tooLarge(read.size(), ""));
    }
    return parse(read.bytes(), file);
  }

  /** Reads standard input (or any stream), at most the size limit, naming it {@code file} in findings. */
  public YamlDocument read(InputStream in, String file) {
    InputFile.Bounded read;
    try {
      read = InputFile.readAtMost(in, limits.maxBytes());
    } catch (IOException e) {
      throw PacException.io(file, "cannot read: " + e.getMessage(), e);
    }
    if (read.tooLarge()) {
      return failed(file, Location.START, tooLarge(limits.maxBytes(), "more than "));
    }
    return parse(read.bytes(), file);
  }

  private String tooLarge(long size, String more) {
    return InputFile.tooLarge(size, limits.maxBytes(), !more.isEmpty());
  }

  /** Parses {@code bytes} (UTF-8, an optional BOM), naming them {@code file} in findings. */
  public YamlDocument parse(byte[] bytes, String file) {
    if (bytes.length > limits.maxBytes()) {
      return failed(file, Location.START, tooLarge(bytes.length, ""));
    }
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      return failed(file, badByteLocation(bytes), "the file is not UTF-8 text (save it as UTF-8)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Session s = new Session(file);
    YamlNode root = null;
    try {
      Iterator<Event> events = new Parse(settings).parseString(text).iterator();
      Event e = s.next(events); // stream start
      e = s.next(events);
      if (e.getEventId() == Event.ID.DocumentStart) {
        root = s.value(events, s.next(events), 1);
        s.next(events); // document end
        Event after = s.next(events);
        if (after.getEventId() == Event.ID.DocumentStart) {
          s.add(Rule.SYNTAX, at(after), "a second YAML document; a file holds exactly one (remove this '---' and what follows, or move it to its own file)");
        }
      } else {
        return new YamlDocument(file, null, List.of(finding(file, Location.START, Rule.SYNTAX,
            "the file is empty")));
      }
      Location glued = commentWithoutSpace(text);
      if (glued != null) {
        s.add(Rule.SYNTAX, glued, "not well-formed YAML: a comment needs a space before its '#'");
      }
      s.findings.addAll(cutByComment(file, text));
    } catch (Stop stop) {
      root = null;
    } catch (YamlEngineException | IllegalStateException | IndexOutOfBoundsException e) {
      // a TAB in indentation at or before the problem is the likeliest cause, and the parser's own
      // position for it is often a line or more away
      Finding f = e instanceof ReaderException r ? badCharacter(file, text, r) : syntaxFinding(file, text, e);
      Location tab = tabIndent(text, f.line());
      s.findings.add(tab != null ? finding(file, tab, Rule.SYNTAX, "a TAB in indentation; YAML indents with spaces only") : f);
      root = null;
    }
    return new YamlDocument(file, root, List.copyOf(s.findings));
  }

  private final class Session {
    final String file;
    final List<Finding> findings = new ArrayList<>();

    Session(String file) {
      this.file = file;
    }

    void add(Rule rule, Location at, String message) {
      findings.add(finding(file, at, rule, message));
    }

    Event next(Iterator<Event> events) {
      Event e = events.next();
      while (e.getEventId() == Event.ID.Comment) {
        e = events.next();
      }
      return e;
    }

    /** Reads the node that starts with {@code e}. */
    YamlNode value(Iterator<Event> events, Event e, int depth) {
      Location at = at(e);
      if (e instanceof AliasEvent a) {
        add(Rule.SCHEMA_ALIAS, at, "an alias (*" + a.getAlias() + "); pac refuses YAML anchors and aliases: write the value out");
        return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.INVALID, "");
      }
      if (e instanceof NodeEvent n && n.getAnchor().isPresent()) {
        add(Rule.SCHEMA_ALIAS, at, "an anchor (&" + n.getAnchor().get() + "); pac refuses YAML anchors and aliases: remove it");
      }
      switch (e.getEventId()) {
        case MappingStart: {
          deeper(depth, at);
          List<YamlNode.Entry> entries = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (Event k = next(events); k.getEventId() != Event.ID.MappingEnd; k = next(events)) {
            Location keyAt = at(k);
            YamlNode keyNode = value(events, k, depth + 1);
            Event v = next(events);
            if (!(keyNode instanceof YamlNode.Scalar ks) || ks.kind() == YamlNode.Scalar.Kind.INVALID) {
              if (!(keyNode instanceof YamlNode.Scalar)) {
                add(Rule.SCHEMA_TYPE, keyAt, "a key must be plain text, not " + YamlNode.describe(keyNode));
              }
              value(events, v, depth + 1);
              continue;
            }
            String key = ks.text();
            if ("<<".equals(key) && k instanceof ScalarEvent se && se.isPlain()) {
              add(Rule.SCHEMA_ALIAS, keyAt, "a merge key (<<); pac refuses YAML merge keys: write the keys out");
              value(events, v, depth + 1);
              continue;
            }
            YamlNode val = value(events, v, depth + 1);
            if (!seen.add(key)) {
              add(Rule.SCHEMA_DUPLICATE_KEY, keyAt, "duplicate key '" + key + "'; the first one, at line "
                  + firstKeyLine(entries, key) + ", is kept: remove one of them");
              continue;
            }
            entries.add(new YamlNode.Entry(key, keyAt, val));
          }
          return new YamlNode.Mapping(at, List.copyOf(entries));
        }
        case SequenceStart: {
          deeper(depth, at);
          List<YamlNode> items = new ArrayList<>();
          for (Event i = next(events); i.getEventId() != Event.ID.SequenceEnd; i = next(events)) {
            items.add(value(events, i, depth + 1));
          }
          return new YamlNode.Sequence(at, java.util.Collections.unmodifiableList(items));
        }
        case Scalar:
          return scalar((ScalarEvent) e, at);
        default:
          throw new IllegalStateException("unexpected " + e.getEventId());
      }
    }

    private void deeper(int depth, Location at) {
      if (depth > limits.maxDepth()) {
        add(Rule.SYNTAX, at, "nesting deeper than " + limits.maxDepth() + " levels");
        throw new Stop();
      }
    }

    private YamlNode scalar(ScalarEvent e, Location at) {
      String text = e.getValue();
      if (text.length() > limits.maxStringChars()) {
        add(Rule.SYNTAX, at, String.format("a value of %,d characters; pac reads values of at most %,d",
            text.length(), limits.maxStringChars()));
        return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.INVALID, "");
      }
      Optional<String> tag = e.getTag();
      // quoted and block scalars, and plain ones tagged !!str or !, are text; other plain ones resolve
      // by the YAML 1.2 core schema
      if (!e.isPlain() || (tag.isPresent() && (tag.get().endsWith(":str") || tag.get().equals("!")))) {
        return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.STRING, text);
      }
      if (text.isEmpty() || CoreScalarResolver.NULL.matcher(text).matches()) { // `key:` with no value is null too
        return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.NULL, text);
      }
      if (CoreScalarResolver.BOOL.matcher(text).matches()) {
        return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.BOOLEAN, text);
      }
      if (CoreScalarResolver.INT.matcher(text).matches()) {
        return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.INTEGER, text, integer(text));
      }
      if (CoreScalarResolver.FLOAT.matcher(text).matches()) {
        return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.FLOAT, text, decimal(text));
      }
      return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.STRING, text);
    }
  }

  private static Number integer(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    if (t.startsWith("0x")) {
      return new BigInteger(t.substring(2), 16);
    }
    if (t.startsWith("0o")) {
      return new BigInteger(t.substring(2), 8);
    }
    return new BigInteger(t);
  }

  private static Number decimal(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith(".inf")) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (t.endsWith(".nan")) {
      return Double.NaN;
    }
    String plain = text.startsWith("+") ? text.substring(1) : text;
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      // an exponent BigDecimal cannot hold (1e99999999999): as a double it is infinite or zero, and an
      // infinite value is reported as out of range
      return Double.parseDouble(plain);
    }
  }

  private static int firstKeyLine(List<YamlNode.Entry> entries, String key) {
    for (YamlNode.Entry e : entries) {
      if (e.key().equals(key)) {
        return e.keyAt().line();
      }
    }
    return 0;
  }

  private static Location at(Event e) {
    return e.getStartMark().map(m -> new Location(m.getLine() + 1, m.getColumn() + 1)).orElse(Location.START);
  }

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return d.decode(ByteBuffer.wrap(bytes)).toString();
  }

  /** The line and column of the first byte that is not UTF-8. */
  private static Location badByteLocation(byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    d.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
    int bad = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    return new Location(line, before.codePointCount(0, before.length()) + 1);
  }

  /** The location of the first TAB in a line's indentation up to line {@code lastLine}, or null. */
  private static Location tabIndent(String text, int lastLine) {
    int line = 1;
    boolean inIndent = true;
    int col = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        if (line > lastLine) {
          return null;
        }
        col = 1;
        inIndent = true;
        continue;
      }
      if (inIndent) {
        if (c == '\t') {
          // a TAB before content on a line that holds more than blanks or a comment
          int j = i;
          while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
          }
          if (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r' && text.charAt(j) != '#') {
            return new Location(line, col);
          }
        } else if (c != ' ') {
          inIndent = false;
        }
      }
      col++;
    }
    return null;
  }

  static Finding finding(String file, Location at, Rule rule, String message) {
    return new Finding(file, at.line(), at.column(), Severity.ERROR, rule, message);
  }

  /** A file that was not read (too large, not a regular file): one syntax finding at 1:1 saying why. */
  public static YamlDocument refused(String file, String message) {
    return failed(file, Location.START, message);
  }

  private static YamlDocument failed(String file, Location at, String message) {
    return new YamlDocument(file, null, List.of(finding(file, at, Rule.SYNTAX, message)));
  }

  /** A syntax finding from a parser exception, located at the problem (or its context, for an unclosed quote). */
  private static Finding syntaxFinding(String file, String text, RuntimeException e) {
    if (e instanceof MarkedYamlEngineException m) {
      Finding common = commonMistake(file, text, m);
      if (common != null) {
        return common;
      }
      Optional<Mark> mark = m.getProblemMark();
      String problem = m.getProblem() == null ? "not well-formed YAML" : m.getProblem();
      if (problem.contains("end of stream") && m.getContextMark().isPresent()) {
        mark = m.getContextMark();
        problem = (m.getContext() == null ? "" : m.getContext() + ": ") + problem;
      } else if (unclosedFlow(m)) {
        // an unclosed '[' or '{' is noticed lines later, where the next key is: point at the bracket
        Mark open = m.getContextMark().get();
        Mark seen = mark.get();
        String got = problem.contains("but got ") ? problem.substring(problem.indexOf("but got ") + 8).trim() : "";
        got = got.isEmpty() || got.equals("<stream end>") ? "the end of the file" : "the '" + got + "'";
        problem = "this '" + (problem.contains("']'") ? "[" : "{") + "' is not closed: expected ',' or '"
            + (problem.contains("']'") ? "]" : "}") + "' before " + got + " at line " + (seen.getLine() + 1)
            + ", column " + (seen.getColumn() + 1);
        mark = Optional.of(open);
      }
      Location at = mark.map(k -> new Location(k.getLine() + 1, k.getColumn() + 1)).orElse(Location.START);
      return finding(file, at, Rule.SYNTAX, "not well-formed YAML: " + oneLine(problem));
    }
    return finding(file, Location.START, Rule.SYNTAX, "not well-formed YAML: " + oneLine(String.valueOf(e.getMessage())));
  }

  /** {@code key: value} at the start of a line (maybe a list item's), the value not quoted. */
  private static final java.util.regex.Pattern PLAIN_ENTRY =
      java.util.regex.Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][\\w-]*):\\s+(.*?)\\s*$");

  /**
   * Warnings for values that a {@code #} cuts without the writer meaning it: in {@code title: Plan #2}
   * everything from {@code #2} on is a comment. A {@code #} followed by a space reads as a comment meant
   * as such and is left alone.
   */
  private static List<Finding> cutByComment(String file, String text) {
    if (text.indexOf('#') < 0) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      java.util.regex.Matcher entry = PLAIN_ENTRY.matcher(lines[l]);
      if (!entry.matches() || entry.group(3).isEmpty() || "'\"[{|>#&*!".indexOf(entry.group(3).charAt(0)) >= 0) {
        continue;
      }
      String value = entry.group(3);
      java.util.regex.Matcher cut = java.util.regex.Pattern.compile("\\s#\\S").matcher(value);
      if (cut.find()) {
        String kept = value.substring(0, cut.start()).strip();
        int col = entry.group(1).length() + entry.group(2).length() + 3 + cut.start() + 1;
        out.add(new Finding(file, l + 1, col, Severity.WARNING, Rule.SYNTAX, "'" + entry.group(2) + "' is '" + oneLine(kept)
            + "': what follows ' #' is a comment; to keep it, quote the value: " + entry.group(2) + ": \""
            + value.replace("\"", "\\\"") + "\""));
      }
    }
    return out;
  }

  /**
   * The mistakes people make writing French text in YAML, said with what to write instead: a {@code " : "}
   * inside an unquoted value ({@code title: Essai gratuit : 14 jours}), an apostrophe inside a value in
   * single quotes ({@code 'Lancer l'offre'}). Null when the error is something else.
   */
  private static Finding commonMistake(String file, String text, MarkedYamlEngineException m) {
    if (m.getProblemMark().isEmpty() || m.getProblem() == null) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    int problem = m.getProblemMark().get().getLine();
    for (int l = problem; l >= Math.max(0, problem - 1); l--) {
      if (l >= lines.length) {
        continue;
      }
      java.util.regex.Matcher entry = PLAIN_ENTRY.matcher(lines[l]);
      if (!entry.matches()) {
        continue;
      }
      String key = entry.group(2);
      String value = entry.group(3);
      Location at = new Location(l + 1, entry.group(1).length() + key.length() + 3);
      if (m.getProblem().startsWith("mapping values are not allowed") && value.contains(": ")
          && !value.startsWith("'") && !value.startsWith("\"")) {
        return finding(file, at, Rule.SYNTAX, "': ' inside a value that is not quoted ends the key: put the value in"
            + " quotes, " + key + ": \"" + value.replace("\"", "\\\"") + "\"");
      }
      if (value.startsWith("'") && value.endsWith("'") && value.length() > 2
          && value.substring(1, value.length() - 1).replace("''", "").contains("'")) {
        String inner = value.substring(1, value.length() - 1);
        return finding(file, at, Rule.SYNTAX, "an apostrophe inside a value in single quotes ends it: write it twice ("
            + key + ": '" + inner.replace("''", "'").replace("'", "''") + "') or use double quotes (" + key + ": \""
            + inner.replace("''", "'").replace("\"", "\\\"") + "\")");
      }
    }
    return null;
  }

  /**
   * Where a {@code #} follows a closing quote, bracket, brace or a comma with no space between, which
   * YAML forbids (a comment starts after white space) but the parser lets through; null if nowhere.
   */
  private Location commentWithoutSpace(String text) {
    if (text.indexOf('#') < 0) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, text));
    while (scanner.hasNext()) {
      Token t = scanner.next();
      boolean closing = switch (t.getTokenId()) {
        case FlowSequenceEnd, FlowMappingEnd, FlowEntry -> true;
        case Scalar -> ((ScalarToken) t).getStyle() == ScalarStyle.DOUBLE_QUOTED
            || ((ScalarToken) t).getStyle() == ScalarStyle.SINGLE_QUOTED;
        default -> false;
      };
      if (closing && t.getEndMark().isPresent() && t.getEndMark().get().getColumn() > 0) {
        Mark end = t.getEndMark().get();
        if (end.getLine() < lines.length) {
          String line = lines[end.getLine()];
          int at = end.getColumn() < line.codePointCount(0, line.length()) ? line.offsetByCodePoints(0, end.getColumn()) : -1;
          if (at >= 0 && line.charAt(at) == '#') {
            return new Location(end.getLine() + 1, end.getColumn() + 1);
          }
        }
      }
    }
    return null;
  }

  /** A character YAML does not allow (a control character, say), at its position. */
  private static Finding badCharacter(String file, String text, ReaderException e) {
    int line = 1;
    int col = 1;
    int cp = 0;
    for (int i = 0; i < text.length() && cp < e.getPosition(); i += Character.charCount(text.codePointAt(i)), cp++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return finding(file, new Location(line, col), Rule.SYNTAX, String.format(
        "the character U+%04X is not allowed in YAML (binary data or a control character)", e.getCodePoint()));
  }

  /** A flow collection's missing ',' or closing bracket, noticed on a later line than its opening bracket. */
  private static boolean unclosedFlow(MarkedYamlEngineException m) {
    String p = m.getProblem();
    return p != null && (p.startsWith("expected ',' or ']'") || p.startsWith("expected ',' or '}'"))
        && m.getContextMark().isPresent() && m.getProblemMark().isPresent()
        && m.getProblemMark().get().getLine() > m.getContextMark().get().getLine();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
