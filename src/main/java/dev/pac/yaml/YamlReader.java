package dev.pac.yaml;

import dev.pac.error.PacException;
import dev.pac.files.InputFile;
import dev.pac.i18n.Text;
import dev.pac.model.Finding;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a YAML file into a located {@link YamlNode} tree, strictly: one document, no anchors,
 * aliases or merge keys, no duplicate keys, bounded size, depth and string length. Every problem
 * becomes a located finding; only a file that cannot be read at all throws ({@link PacException},
 * exit 3). Safe to share between threads: each read has its own parser.
 */
public final class YamlReader {
  /** Limits on what a plan or mapping file may be. */
  public record Limits(long maxBytes, int maxDepth, int maxStringChars) {
    public static final Limits DEFAULT = new Limits(1L << 20, 64, 64 * 1024);

    /**
     * Whether these are {@link #DEFAULT}'s values, compared field by field: a record's own {@code
     * equals} is made through method handles at its first call, about 10 ms of a cold run's start.
     */
    public boolean isDefault() {
      return maxBytes == DEFAULT.maxBytes
          && maxDepth == DEFAULT.maxDepth
          && maxStringChars == DEFAULT.maxStringChars;
    }
  }

  private final Limits limits;
  private final LoadSettings settings;

  public YamlReader() {
    this(Limits.DEFAULT);
  }

  /** The limits this reader reads under. */
  public Limits limits() {
    return limits;
  }

  public YamlReader(Limits limits) {
    this.limits = limits;
    this.settings =
        LoadSettings.builder()
            .setAllowDuplicateKeys(true) // reported by us, with a location
            .setMaxAliasesForCollections(10)
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 16))
            .setUseMarks(true)
            .build();
  }

  /**
   * The bytes of a file, or, when it is not read, the document of the finding that says why.
   *
   * @param bytes the file's bytes, null when refused
   * @param refused the document of one finding, null when read
   */
  public record Input(byte[] bytes, YamlDocument refused) {}

  /**
   * Reads {@code path}, naming it {@code file} in findings. What is not a regular file (a folder, a
   * FIFO, a device, a link out of the workspace) and a file over the size limit are findings, and
   * are never read ({@link InputFile}).
   */
  public YamlDocument read(Path path, String file) {
    Input in = input(path, file);
    return in.refused() != null ? in.refused() : parse(in.bytes(), file);
  }

  /** The bytes {@link #read(Path, String)} would parse, or its document of a refusal. */
  public Input input(Path path, String file) {
    Text refused = InputFile.refusal(path);
    if (refused != null) {
      return new Input(
          null,
          failed(
              file,
              Location.START,
              InputFile.isFolder(refused) ? Text.of("yaml.folder") : refused));
    }
    InputFile.Bounded read = InputFile.readAtMost(path, file, limits.maxBytes());
    if (read.tooLarge()) {
      return new Input(null, failed(file, Location.START, tooLarge(read.size(), false)));
    }
    return new Input(read.bytes(), null);
  }

  /**
   * Reads standard input (or any stream), at most the size limit, naming it {@code file} in
   * findings.
   */
  public YamlDocument read(InputStream in, String file) {
    Input input = input(in, file);
    return input.refused() != null ? input.refused() : parse(input.bytes(), file);
  }

  /** The bytes {@link #read(InputStream, String)} would parse, or its document of a refusal. */
  public Input input(InputStream in, String file) {
    InputFile.Bounded read;
    try {
      read = InputFile.readAtMost(in, limits.maxBytes());
    } catch (IOException e) {
      throw PacException.io(file, Text.of("errors.cannot-read", e.getMessage()), e);
    }
    if (read.tooLarge()) {
      return new Input(null, failed(file, Location.START, tooLarge(limits.maxBytes(), true)));
    }
    return new Input(read.bytes(), null);
  }

  private Text tooLarge(long size, boolean more) {
    return InputFile.tooLarge(size, limits.maxBytes(), more);
  }

  /** Parses {@code bytes} (UTF-8, an optional BOM), naming them {@code file} in findings. */
  public YamlDocument parse(byte[] bytes, String file) {
    if (bytes.length > limits.maxBytes()) {
      return failed(file, Location.START, tooLarge(bytes.length, false));
    }
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      return failed(file, SyntaxErrors.badByteLocation(bytes), Text.of("yaml.not-utf8"));
    }
    return parse(text, file);
  }

  /** Whether a file of {@code bytes} bytes is within the size limit. */
  boolean fits(long bytes) {
    return bytes <= limits.maxBytes();
  }

  /** Parses decoded text (no BOM), naming it {@code file} in findings. */
  YamlDocument parse(String text, String file) {
    EventTree tree = new EventTree(file, limits);
    YamlNode root = null;
    try {
      Iterator<Event> events = new Parse(settings).parseString(text).iterator();
      Event e = tree.next(events); // stream start
      e = tree.next(events);
      if (e.getEventId() == Event.ID.DocumentStart) {
        root = tree.value(events, tree.next(events), 1);
        tree.next(events); // document end
        Event after = tree.next(events);
        if (after.getEventId() == Event.ID.DocumentStart) {
          tree.add(Rule.SYNTAX, EventTree.at(after), Text.of("yaml.second-document"));
        }
      } else {
        return new YamlDocument(
            file, null, List.of(finding(file, Location.START, Rule.SYNTAX, Text.of("yaml.empty"))));
      }
      Location glued = Comments.commentWithoutSpace(settings, text);
      if (glued != null) {
        tree.add(Rule.SYNTAX, glued, Text.of("yaml.comment-space"));
      }
      tree.findings.addAll(Comments.cutByComment(file, text));
    } catch (EventTree.Stop stop) {
      root = null;
    } catch (YamlEngineException | IllegalStateException | IndexOutOfBoundsException e) {
      // a TAB in indentation at or before the problem is the likeliest cause, and the parser's own
      // position for it is often a line or more away
      Finding f =
          e instanceof ReaderException r
              ? SyntaxErrors.badCharacter(file, text, r)
              : SyntaxErrors.syntaxFinding(file, text, e);
      Location tab = SyntaxErrors.tabIndent(text, f.line());
      tree.findings.add(tab != null ? finding(file, tab, Rule.SYNTAX, Text.of("yaml.tab")) : f);
      root = null;
    }
    return new YamlDocument(file, root, List.copyOf(tree.findings));
  }

  /** {@code bytes} as strict UTF-8 text, without the BOM it may start with. */
  static String decode(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text = d.decode(ByteBuffer.wrap(bytes)).toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static Finding finding(String file, Location at, Rule rule, Text text) {
    return Finding.of(file, at.line(), at.column(), Severity.ERROR, rule, text);
  }

  /**
   * A file that was not read (too large, not a regular file): one syntax finding at 1:1 saying why.
   */
  public static YamlDocument refused(String file, Text message) {
    return failed(file, Location.START, message);
  }

  private static YamlDocument failed(String file, Location at, Text message) {
    return new YamlDocument(file, null, List.of(finding(file, at, Rule.SYNTAX, message)));
  }
}
