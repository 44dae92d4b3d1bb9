package dev.pac.actuals;

import dev.pac.error.PacException;
import dev.pac.files.InputFile;
import dev.pac.i18n.Text;
import dev.pac.threads.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The actuals store, {@code data/actuals.csv}: header {@code
 * date,kpi,value,segment,channel,action}, UTF-8 without BOM, LF, rows unique on (date, kpi,
 * segment, channel, action) and sorted by it, values in the canonical text of {@link Decimals}.
 *
 * <p>Reading is strict on content (a real date, a KPI id, dimension ids or empty, a plain decimal
 * value, six fields, no key twice: each problem is an error at {@code FILE:LINE}) and lenient on
 * form (a BOM, CRLF, rows out of order or values like {@code 1.50} are read; the next import writes
 * them canonically). A missing file is an empty store.
 */
public final class ActualsStore {
  public static final String HEADER = "date,kpi,value,segment,channel,action";
  private static final byte[] HEADER_BYTES = HEADER.getBytes(StandardCharsets.US_ASCII);

  private ActualsStore() {}

  /** A store this large is read in two parts at once, when the machine has two cores. */
  public static final long IN_PARTS_FROM = StoreParts.FROM;

  /**
   * Hands the store's rows to {@code sink} in file order, each checked as the import checks them;
   * false when there is no store yet. {@code where} names the file in errors. No object is made a
   * row: the report indexes the rows as they come. A large store is read in two parts at once when
   * the sink can take it so and the machine has two cores ({@link StoreParts}).
   */
  public static boolean read(Path file, String where, RowSink sink) {
    return read(file, where, sink, null);
  }

  /**
   * The same; {@code digested}, when given, is told the digest of the store's bytes ({@link
   * StoreDigest}) when they were read in two parts and found plain: sorted, every row well formed,
   * no key twice.
   */
  public static boolean read(
      Path file, String where, RowSink sink, Consumer<StoreDigest> digested) {
    if (!exists(file, where)) {
      return false;
    }
    if (sink instanceof PartedSink parted && Threads.cores() > 1) {
      try {
        if (StoreParts.read(file, where, parted, digested)) {
          return true;
        }
      } catch (IOException e) {
        // read in one pass, which reports it
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      StoreRows p = StoreRows.of(in, file, where, StoreRows.DOUBLE);
      rows(p, sink);
    } catch (IOException e) {
      throw failure(where, e);
    }
    return true;
  }

  /**
   * The rows of a store's bytes (as committed at some revision, say), checked as {@link #read}
   * checks them.
   */
  public static void rows(byte[] bytes, String where, RowSink sink) {
    rows(StoreRows.of(bytes, where, StoreRows.DOUBLE), sink);
  }

  private static void rows(StoreRows p, RowSink sink) {
    while (p.next()) {
      sink.row(p.date, p.kpi, p.segment, p.channel, p.action, p.number);
    }
    p.finish();
  }

  /**
   * The store as the import merges into it: sorted by key, and whether the file is already
   * canonical.
   */
  public record Loaded(List<Actual> rows, boolean exists, boolean canonical) {}

  /** Reads the store whole, sorted (tests, and a store out of order: the rare path). */
  public static Loaded load(Path file, String where) {
    byte[] bytes = bytes(file, where);
    if (bytes == null) {
      return new Loaded(List.of(), false, false);
    }
    List<Actual> rows = new ArrayList<>();
    StoreRows p = StoreRows.of(bytes, where, StoreRows.PACKED);
    boolean canonical = true;
    while (p.next()) {
      canonical &= p.valueCanonical;
      rows.add(
          new Actual(
              p.date,
              p.kpi,
              p.segment,
              p.channel,
              p.action,
              p.packed == PackedDecimal.WIDE ? p.value : PackedDecimal.text(p.packed)));
    }
    StoreRows.Info info = p.finish();
    if (!info.sorted()) {
      rows.sort(Actual.KEY_ORDER);
    }
    return new Loaded(rows, true, canonical && info.sorted() && info.canonicalForm());
  }

  /** What an upsert did to the store. */
  public record Upserted(int added, int updated, int unchanged, boolean written) {}

  /**
   * {@link #upsert(Path, String, RowTable, int[], int, boolean, KnownStores)} of rows sorted by
   * key, unique, the store read through.
   */
  public static Upserted upsert(Path file, String where, List<Actual> imported, boolean write) {
    int[] order = new int[imported.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    return upsert(file, where, RowTable.of(imported), order, order.length, write, KnownStores.NONE);
  }

  /**
   * Upserts the rows {@code order[0..count)} of {@code imported} (in key order, unique) into the
   * store, rewriting it atomically when {@code write} and something changes (or the file is not in
   * canonical form); see {@link StoreUpsert}. A store {@code known} knows needs no reading through
   * when the rows all go after its last one.
   */
  public static Upserted upsert(
      Path file,
      String where,
      RowTable imported,
      int[] order,
      int count,
      boolean write,
      KnownStores known) {
    return StoreUpsert.upsert(file, where, imported, order, count, write, known);
  }

  /** A read of the store that failed, as the user sees it (exit 3). */
  static PacException failure(String where, IOException e) {
    if (e instanceof NoSuchFileException) {
      return PacException.io(where, Text.of("errors.no-such-file"), e);
    }
    if (e instanceof AccessDeniedException) {
      return PacException.io(where, Text.of("errors.permission-denied"), e);
    }
    return PacException.io(where, Text.of("errors.cannot-read", e.getMessage()), e);
  }

  /**
   * The store's bytes, or null when there is no store yet; what is not a regular file is refused
   * (exit 3).
   */
  private static byte[] bytes(Path file, String where) {
    return exists(file, where) ? InputFile.readAll(file, where) : null;
  }

  /**
   * Whether there is a store yet; what is not a regular file, or a link that leads out of the
   * workspace, is refused (exit 3), as {@link #read} refuses it.
   */
  public static boolean exists(Path file, String where) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Text refused = InputFile.refusal(file);
    if (refused != null) {
      throw PacException.io(
          where, InputFile.isFolder(refused) ? Text.of("errors.store.folder") : refused, null);
    }
    return true;
  }
}
