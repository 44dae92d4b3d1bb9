package dev.pac.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without it being opened, as git's index keeps it: the device
 * and inode, the size, the time its bytes last changed and the time anything about it last changed
 * (its {@code ctime}: on the file systems of {@link #keepsChangeTimes}, every write and every
 * rename moves it to the present and no call sets it back, where {@code touch -d}, {@code cp -p}
 * and {@code rsync -a} set the other). Two stamps equal, taken at two moments, say the file's bytes
 * are those of the first moment when the first stamp was {@link #settled}: any later write would
 * have given it a later change time (unless the system's clock was set back meanwhile).
 *
 * @param device the file system's device number
 * @param inode the file's inode number
 * @param size the size in bytes
 * @param modified when its bytes last changed, in nanoseconds since the epoch
 * @param changed when anything about it last changed, in nanoseconds since the epoch
 */
public record FileStamp(long device, long inode, long size, long modified, long changed) {
  /**
   * How far in the past a file's last change must be for its stamp to stand for its bytes: more
   * than the coarsest time step of the file systems pac runs on (a second, two on FAT), so that a
   * write in the same step as the one stamped cannot leave the same times.
   */
  public static final long SETTLED_MILLIS = 3_000;

  private static final String ATTRIBUTES = "unix:dev,ino,size,lastModifiedTime,ctime";

  /** Whether the platform's files tell an inode and a change time at all (not on Windows). */
  private static final boolean UNIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  /**
   * The local file systems whose change time is their own: a write or a rename moves it, and no
   * call sets it back. Not FAT or exFAT (one time on disk for both, which {@code touch -d} sets),
   * nor network or FUSE file systems (whose attributes a client may answer from a cache while
   * another machine writes, with the server's clock).
   */
  private static final Set<String> KEEPING_CHANGE_TIMES =
      Set.of(
          "ext2",
          "ext3",
          "ext4",
          "xfs",
          "btrfs",
          "zfs",
          "tmpfs",
          "overlay",
          "f2fs",
          "bcachefs",
          "apfs",
          "hfs");

  /**
   * The stamp of the file {@code path} leads to (a link followed), or null when the file system
   * does not tell the change time and inode (not a Unix one) or the file cannot be looked at.
   */
  public static FileStamp of(Path path) {
    if (!UNIX) {
      return null;
    }
    try {
      Map<String, Object> a = Files.readAttributes(path, ATTRIBUTES);
      return new FileStamp(
          (Long) a.get("dev"),
          (Long) a.get("ino"),
          (Long) a.get("size"),
          nanos(a.get("lastModifiedTime")),
          nanos(a.get("ctime")));
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | ClassCastException
        | NullPointerException e) {
      return null;
    }
  }

  /**
   * Whether the file system holding {@code path} is one whose change times stamps may trust (ext4,
   * xfs, btrfs, zfs, tmpfs, overlay, APFS...): asked once per device a run, since finding a file's
   * file system reads the table of mounts.
   */
  public static boolean keepsChangeTimes(Path path) {
    try {
      return KEEPING_CHANGE_TIMES.contains(Files.getFileStore(path).type());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static long nanos(Object time) {
    return ((FileTime) time).to(TimeUnit.NANOSECONDS);
  }

  /**
   * Whether the file's bytes and attributes last changed at least {@link #SETTLED_MILLIS} before
   * {@code nowMillis} (the time the stamp was taken, read just before): then a later write cannot
   * leave this stamp as it is.
   */
  public boolean settled(long nowMillis) {
    long before = TimeUnit.MILLISECONDS.toNanos(nowMillis - SETTLED_MILLIS);
    return modified < before && changed < before;
  }

  /** The stamp and {@code digest}, the digest of the bytes the file had when stamped, as bytes. */
  public byte[] encode(String digest) {
    return (device + " " + inode + " " + size + " " + modified + " " + changed + " " + digest)
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The digest {@code kept} (made by {@link #encode}) holds for this very stamp; null when it was
   * made for another stamp, or is not such bytes.
   */
  public String digestIn(byte[] kept) {
    if (kept == null) {
      return null;
    }
    String[] parts = new String(kept, StandardCharsets.UTF_8).split(" ", -1);
    if (parts.length != 6 || parts[5].isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(parts[0]) == device
              && Long.parseLong(parts[1]) == inode
              && Long.parseLong(parts[2]) == size
              && Long.parseLong(parts[3]) == modified
              && Long.parseLong(parts[4]) == changed
          ? parts[5]
          : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
