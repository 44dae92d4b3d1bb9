package dev.pac.actuals;

import java.util.List;

/**
 * The stores earlier runs read through or wrote without a flaw (sorted, every row well formed and
 * canonical, no key twice), by the text of their {@link StoreDigest}: a store with exactly those
 * bytes needs no reading through to be trusted ({@link StoreUpsert}). Kept in pac's cache folder by
 * {@code cache.CheckedStores}.
 */
public interface KnownStores {
  /** Knows and keeps nothing: every store is read through. */
  KnownStores NONE =
      new KnownStores() {
        @Override
        public boolean keeps(long size) {
          return false;
        }

        @Override
        public boolean mayKnow(long size) {
          return false;
        }

        @Override
        public boolean knows(String digest) {
          return false;
        }

        @Override
        public void add(List<String> digests) {}
      };

  /** Whether a store of {@code size} bytes is kept when found without a flaw. */
  boolean keeps(long size);

  /**
   * Whether a store of {@code size} bytes may be known already: the digest of a store of that
   * length is kept (false: no need to read its checksums).
   */
  boolean mayKnow(long size);

  /**
   * Whether the store with this digest (its {@link StoreDigest#key}) was read through or written
   * without a flaw before.
   */
  boolean knows(String digest);

  /** Keeps these digests (of stores of a size {@link #keeps} keeps), found without a flaw. */
  void add(List<String> digests);
}
