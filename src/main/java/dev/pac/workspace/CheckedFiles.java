package dev.pac.workspace;

import dev.pac.cache.RecordCodec;
import dev.pac.cache.StoredEntries;
import dev.pac.error.PacException;
import dev.pac.files.FileStamp;
import dev.pac.files.InputFile;
import dev.pac.i18n.Text;
import dev.pac.model.ImportMapping;
import dev.pac.model.Plan;
import dev.pac.model.Rule;
import dev.pac.model.WorkspaceSettings;
import dev.pac.yaml.LocationIndex;
import dev.pac.yaml.YamlDocument;
import dev.pac.yaml.YamlNode;
import dev.pac.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The YAML files (plans, {@code pac.yaml}, import mappings) that earlier runs bound and checked
 * without a finding, kept in pac's cache folder ({@code $XDG_CACHE_HOME/pac/checked}, else {@code
 * ~/.cache/pac/checked}): the record each bound to, under a digest of the file's bytes. A file
 * whose bytes were found clean before is not parsed, bound nor checked field by field again: it
 * binds to the same record with no finding, whatever its name or folder. The rules that look across
 * a plan's fields run on it ({@link PlanLoader}), only those that asked the day when they found
 * nothing in these bytes before, under the same settings ({@link Lookup#cleanBut}); the file is
 * parsed only when one of them has a finding to place. A plan file whose {@link FileStamp} is the
 * one kept beside its digest, taken when it was found clean, is not even read ({@link
 * #lookup(YamlReader, Path, String, Class)}).
 *
 * <p>Never wrong, at worst slower ({@link StoredEntries}): the file is read only when written by
 * this very build (version, commit and build time) for this shape of the model ({@link
 * RecordCodec#shape}); an entry that cannot be read back is a file read anew. {@code
 * PAC_NO_PLAN_CACHE=1} turns it off, as it does the history's stored versions.
 */
public final class CheckedFiles {
  /** Keeps nothing: every file is read and checked. */
  public static final CheckedFiles NONE = new CheckedFiles(null);

  /** What the file of a build may hold: the plans of a few large workspaces. */
  static final long BUDGET = 8L << 20;

  /** The files (builds) the folder keeps: the least recently written go. */
  static final int FILES = 4;

  /** The record types kept, whose shape the file's identity records. */
  private static final List<Class<?>> TYPES =
      List.of(Plan.class, WorkspaceSettings.class, ImportMapping.class);

  private final StoredEntries entries;

  /** The time now, in milliseconds since the epoch: whether a file's stamp is settled. */
  private final LongSupplier clock;

  /** Whether stamps are taken on each device met this run ({@link FileStamp#keepsChangeTimes}). */
  private final Map<Long, Boolean> stamping = new ConcurrentHashMap<>();

  /** Whether the validator was started, at the first file not found clean. */
  private final AtomicBoolean validating = new AtomicBoolean();

  private CheckedFiles(StoredEntries entries) {
    this(entries, System::currentTimeMillis);
  }

  private CheckedFiles(StoredEntries entries, LongSupplier clock) {
    this.entries = entries;
    this.clock = clock;
  }

  /** Whether {@link #open} keeps files in the environment {@code vars}. */
  public static boolean kept(Map<String, String> vars) {
    return !"1".equals(vars.get("PAC_NO_PLAN_CACHE"))
        && StoredEntries.folder(vars, "checked") != null;
  }

  /**
   * Whether files found clean may be known in the environment {@code vars}: they are kept, and the
   * folder holds a file. Then the validator ({@link FieldRules}) is started only at the first file
   * not found clean, if any; else (a first run, a CI job on a fresh machine) it is needed for every
   * file, and is best started at once.
   */
  public static boolean mayKnow(Map<String, String> vars) {
    if (!kept(vars)) {
      return false;
    }
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(StoredEntries.folder(vars, "checked"), "*.bin")) {
      return files.iterator().hasNext();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The files kept in the cache folder the environment {@code vars} name ({@code XDG_CACHE_HOME},
   * else {@code HOME}) by the build {@code build} names; {@link #NONE} without a folder, or when
   * {@code PAC_NO_PLAN_CACHE} is 1.
   */
  public static CheckedFiles open(Map<String, String> vars, String build) {
    return kept(vars)
        ? new CheckedFiles(
            StoredEntries.in(
                StoredEntries.folder(vars, "checked"), "", identity(build), BUDGET, FILES))
        : NONE;
  }

  /**
   * Starts, on a thread of its own, what opening the kept files first costs the JVM: the records'
   * shapes (their classes loaded) and the security providers that SHA-256 comes from, about 30 ms
   * that the command's thread would otherwise wait for before its first file (called at launch,
   * when the arguments name a command that reads plans and files found clean may be known).
   */
  public static void warmUp() {
    Thread t =
        new Thread(
            () -> {
              identity("");
              StoredEntries.digest(new byte[0]);
            },
            "pac-cache-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** The files kept in {@code file}, for {@code build}. */
  static CheckedFiles at(Path file, String build) {
    return at(file, build, System::currentTimeMillis);
  }

  /** The same, the time now told by {@code clock} (milliseconds since the epoch). */
  static CheckedFiles at(Path file, String build, LongSupplier clock) {
    return new CheckedFiles(StoredEntries.at(file, identity(build), BUDGET), clock);
  }

  private static String identity(String build) {
    StringBuilder identity = new StringBuilder(build);
    for (Class<?> type : TYPES) {
      identity.append('\n').append(RecordCodec.shape(type));
    }
    return identity.toString();
  }

  /**
   * {@code bytes}, the file named {@code file} in findings, bound onto {@code type} with every
   * field rule checked, as {@link BoundFile#checked} binds {@code reader}'s parse of them: taken
   * from the store when these bytes bound without a finding before (their index parses them when a
   * path is first looked up), else bound, and kept when clean.
   */
  public <T> BoundFile<T> checked(YamlReader reader, byte[] bytes, String file, Class<T> type) {
    return lookup(reader, bytes, type).bound(reader, bytes, file);
  }

  /** What is kept for {@code bytes} as {@code reader} reads them, as {@link #lookup} says. */
  public <T> Lookup<T> lookup(YamlReader reader, byte[] bytes, Class<T> type) {
    // what is kept was judged under the default limits: a reader under others judges afresh
    return reader.limits().isDefault() ? lookup(bytes, type) : NONE.lookup(bytes, type);
  }

  /**
   * What is kept for the file {@code path} (named {@code file} in findings) as {@code reader} reads
   * it, as {@link #lookup(byte[], Class)} says of its bytes; the file is read (or refused, {@link
   * Lookup#refused}) unless its {@link FileStamp stamp} is the one it had when these bytes were
   * found clean and kept: then {@link Lookup#bound(YamlReader, String)} takes the record kept and
   * reads the file only to place a finding. Stamps are taken only on file systems that keep a
   * change time of their own ({@link FileStamp#keepsChangeTimes}).
   */
  public <T> Lookup<T> lookup(YamlReader reader, Path path, String file, Class<T> type) {
    if (entries == null || !reader.limits().isDefault()) {
      return read(reader, path, file, type, null, null, 0);
    }
    long now = clock.getAsLong(); // before the stamp: a write after it moves the change time on
    FileStamp stamp = InputFile.refusal(path) == null ? FileStamp.of(path) : null;
    if (stamp == null
        || !stamping.computeIfAbsent(stamp.device(), d -> FileStamp.keepsChangeTimes(path))) {
      return read(reader, path, file, type, null, null, now);
    }
    String seenKey = "seen " + path.toAbsolutePath().normalize();
    String digest = stamp.digestIn(entries.get(seenKey));
    if (digest != null) {
      T value = RecordCodec.value(entries.get(key(type, digest)), type);
      if (value != null) {
        return Lookup.unread(this, type, digest, value, path);
      }
    }
    return read(reader, path, file, type, stamp, seenKey, now);
  }

  /**
   * What is kept for the file's bytes, read now; {@code stamp}, taken before they were read, to
   * keep with their digest when it was settled at {@code now} and the file's stamp is the same
   * after the read.
   */
  private <T> Lookup<T> read(
      YamlReader reader,
      Path path,
      String file,
      Class<T> type,
      FileStamp stamp,
      String seenKey,
      long now) {
    YamlReader.Input in = reader.input(path, file);
    if (in.refused() != null) {
      return Lookup.refused(type, in.refused());
    }
    Lookup<T> known = lookup(reader, in.bytes(), type);
    byte[] seen =
        stamp != null
                && known.store != null
                && stamp.settled(now)
                && stamp.equals(FileStamp.of(path))
            ? stamp.encode(known.digest)
            : null;
    Lookup<T> out =
        new Lookup<>(
            known.store, type, known.digest, known.value, in.bytes(), null, path, seenKey, seen);
    if (out.value != null) {
      out.keepSeen();
    }
    return out;
  }

  /** What is kept for {@code bytes} read as {@code type}: {@link Lookup#value}, null when none. */
  public <T> Lookup<T> lookup(byte[] bytes, Class<T> type) {
    if (entries == null) {
      return new Lookup<>(null, type, null, null, bytes, null, null, null, null);
    }
    String digest = StoredEntries.digest(bytes);
    T value = RecordCodec.value(entries.get(key(type, digest)), type);
    if (value == null && validating.compareAndSet(false, true)) {
      FieldRules.warmUp(); // this file is checked field by field: the validator is needed
    }
    return new Lookup<>(this, type, digest, value, bytes, null, null, null, null);
  }

  /** The key of the record of the bytes of digest {@code digest} read as {@code type}. */
  private static String key(Class<?> type, String digest) {
    return type.getSimpleName() + " " + digest;
  }

  /** Writes what was kept this run, when anything new was; a failure to write costs only speed. */
  public void save() {
    if (entries != null) {
      entries.save();
    }
  }

  /** What the store holds for one file's bytes, and how to keep them once bound and checked. */
  public static final class Lookup<T> {
    private final CheckedFiles store;
    private final Class<T> type;

    /** The digest of the file's bytes (null without a store): the record's key with the type. */
    private final String digest;

    private final T value;

    /** The file's bytes, when read: null when it was known by its stamp, or refused. */
    private final byte[] bytes;

    private final YamlDocument refused;

    /** The file, read when its bytes are needed and were not read. */
    private final Path path;

    /** The key of the file's stamp in the store, and the stamp with these bytes' digest to keep. */
    private final String seenKey;

    private final byte[] seen;

    private Lookup(
        CheckedFiles store,
        Class<T> type,
        String digest,
        T value,
        byte[] bytes,
        YamlDocument refused,
        Path path,
        String seenKey,
        byte[] seen) {
      this.store = store;
      this.type = type;
      this.digest = digest;
      this.value = value;
      this.bytes = bytes;
      this.refused = refused;
      this.path = path;
      this.seenKey = seenKey;
      this.seen = seen;
    }

    /** The record kept for the file at {@code path}, known by its stamp, not read. */
    private static <T> Lookup<T> unread(
        CheckedFiles store, Class<T> type, String digest, T value, Path path) {
      return new Lookup<>(store, type, digest, value, null, null, path, null, null);
    }

    /** A file that cannot be read, as {@code refused} says. */
    private static <T> Lookup<T> refused(Class<T> type, YamlDocument refused) {
      return new Lookup<>(null, type, null, null, null, refused, null, null, null);
    }

    /** The record these bytes bound to, without a finding, in an earlier run; else null. */
    public T value() {
      return value;
    }

    /** Whether the file's bytes were read (not known by its stamp). */
    boolean wasRead() {
      return bytes != null || refused != null;
    }

    /**
     * The document of the one finding that says why the file cannot be read (a folder, a link out
     * of the workspace, too large); null when it was read or known.
     */
    public YamlDocument refused() {
      return refused;
    }

    /**
     * The file bound and checked as {@link #bound(YamlReader, byte[], String)} binds its bytes:
     * read by {@link CheckedFiles#lookup(YamlReader, Path, String, Class)}, or, when known by its
     * stamp, read only when a finding is to be placed, and then only if its bytes are still those
     * found clean (else the run stops: the file changed since pac looked at it). Not for a file
     * {@link #refused}.
     */
    public BoundFile<T> bound(YamlReader reader, String file) {
      if (refused != null) {
        throw new IllegalStateException("a refused file has no bytes to bind: " + file);
      }
      if (bytes != null) {
        return bound(reader, bytes, file);
      }
      return new BoundFile<>(
          value, List.of(), LocationIndex.whenAsked(() -> reread(reader, file)), Set.of());
    }

    private YamlNode reread(YamlReader reader, String file) {
      YamlReader.Input in = reader.input(path, file);
      if (in.refused() != null || !digest.equals(StoredEntries.digest(in.bytes()))) {
        throw PacException.io(file, Text.of("errors.input.changed"), null);
      }
      return reader.parse(in.bytes(), file).root();
    }

    /** Keeps the file's stamp with the digest of its bytes, when it was read and is settled. */
    private void keepSeen() {
      if (seen != null) {
        store.entries.put(seenKey, seen);
      }
    }

    /**
     * The file bound and checked as {@link CheckedFiles#checked} binds it: the record kept, with no
     * finding and its index parsed when a path is first looked up; else parsed, bound and checked,
     * and kept when clean.
     */
    public BoundFile<T> bound(YamlReader reader, byte[] bytes, String file) {
      if (value != null) {
        return new BoundFile<>(
            value,
            List.of(),
            LocationIndex.whenAsked(() -> reader.parse(bytes, file).root()),
            Set.of());
      }
      BoundFile<T> bound = BoundFile.checked(reader.parse(bytes, file), type);
      keep(bound);
      return bound;
    }

    /**
     * The rules that asked the day ({@code check.PlanRules#judge}), when every rule found nothing
     * in these bytes under {@code context} (the workspace's settings and which findings are kept)
     * before; null when not known: then every rule is to run.
     */
    public Set<Rule> cleanBut(String context) {
      if (store == null) {
        return null;
      }
      byte[] dated = store.entries.get(judgedKey(context));
      if (dated == null) {
        return null;
      }
      Set<Rule> out = new LinkedHashSet<>();
      for (String id : new String(dated, StandardCharsets.UTF_8).split("\n")) {
        if (!id.isEmpty()) {
          out.add(new Rule(id));
        }
      }
      return out;
    }

    /**
     * Keeps that every rule found nothing in these bytes under {@code context} (the file bound
     * without a finding too), {@code dated} the rules that asked the day.
     */
    public void keepClean(String context, Set<Rule> dated) {
      if (store == null) {
        return;
      }
      String key = judgedKey(context);
      if (!store.entries.has(key)) {
        StringBuilder ids = new StringBuilder();
        dated.forEach(r -> ids.append(r.id()).append('\n'));
        store.entries.put(key, ids.toString().getBytes(StandardCharsets.UTF_8));
      }
    }

    private String judgedKey(String context) {
      return "judged " + context + " " + key(type, digest);
    }

    /** Keeps {@code bound}, these bytes bound and checked, when it has a record and no finding. */
    public void keep(BoundFile<T> bound) {
      if (store == null || value != null || bound.value() == null || !bound.findings().isEmpty()) {
        return;
      }
      byte[] record = RecordCodec.bytes(type, bound.value());
      if (record != null) { // else a value the codec does not know: this file is read each run
        store.entries.put(key(type, digest), record);
        keepSeen();
      }
    }
  }
}
