package dev.pac.cache;

import dev.pac.actuals.KnownStores;
import dev.pac.actuals.StoreDigest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The stores that earlier imports read through without a flaw (sorted, every row well formed and
 * canonical, no key twice) or wrote so, kept in pac's cache folder ({@code
 * $XDG_CACHE_HOME/pac/stores}, else {@code ~/.cache/pac/stores}) under their digest: their length
 * and two checksums of their bytes, nothing of their content. The weekly import, whose rows all go
 * after a known store's last one, appends them to a copy of it without reading it through.
 *
 * <p>Never wrong by accident, at worst slower ({@link StoredEntries}): what the folder holds is
 * read only when written by this very build (what "without a flaw" means could change with it); a
 * store changed since, by hand, by git or by another tool, has another length or, but for a chance
 * of one in 2^64 or a change made on purpose to match (the checksums are not a defence against
 * forgery), other checksums, and is read through as before. A store under {@link #FROM} bytes is
 * read through each time (a few milliseconds). {@code PAC_NO_STORE_CACHE=1} turns it off.
 */
public final class CheckedStores implements KnownStores {
  /** The smallest store kept: below it, reading it through costs less than a look in the cache. */
  public static final long FROM = 1L << 20;

  /** What the file of a build may hold: a few hundred digests (each about 40 bytes). */
  static final long BUDGET = 16L << 10;

  /** The files (builds) the folder keeps: the least recently written go. */
  static final int FILES = 4;

  private final StoredEntries entries;

  private CheckedStores(StoredEntries entries) {
    this.entries = entries;
  }

  /**
   * The stores kept in the cache folder the environment {@code vars} name ({@code XDG_CACHE_HOME},
   * else {@code HOME}) by the build {@code build} names; {@link KnownStores#NONE} without a folder,
   * or when {@code PAC_NO_STORE_CACHE} is 1.
   */
  public static KnownStores open(Map<String, String> vars, String build) {
    Path folder = StoredEntries.folder(vars, "stores");
    return "1".equals(vars.get("PAC_NO_STORE_CACHE")) || folder == null
        ? KnownStores.NONE
        : new CheckedStores(StoredEntries.in(folder, "", build, BUDGET, FILES));
  }

  /** The stores kept in {@code file}, for {@code build}. */
  public static CheckedStores at(Path file, String build) {
    return new CheckedStores(StoredEntries.at(file, build, BUDGET));
  }

  @Override
  public boolean keeps(long size) {
    return size >= FROM;
  }

  /** A store changed since it was kept almost always has another length: its bytes not read. */
  @Override
  public boolean mayKnow(long size) {
    String prefix = StoreDigest.keyPrefix(size);
    return keeps(size) && entries.anyStored(k -> k.startsWith(prefix));
  }

  @Override
  public boolean knows(String digest) {
    return entries.get(digest) != null;
  }

  @Override
  public void add(List<String> digests) {
    boolean any = false;
    for (String d : digests) {
      if (!entries.has(d)) {
        entries.put(d, new byte[0]);
        any = true;
      }
    }
    if (any) {
      entries.save();
    }
  }
}
