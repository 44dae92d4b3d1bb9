package dev.pac.actuals;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What tells a store's bytes from others: their length and two independent 32-bit checksums of
 * them, CRC-32C and CRC-32 (both computed by the JVM's intrinsics, 15–30 ms for 50 MB). Two
 * different contents of the same length share both by chance once in 2^64.
 *
 * <p>The digest of two contents one after the other is found from theirs ({@link #then}), without
 * their bytes: a store the import writes by copying the old file and appending rows is known from
 * the old file's digest and the appended bytes'.
 */
public record StoreDigest(long size, int crc32c, int crc32) {
  /** The digest of no bytes. */
  static final StoreDigest EMPTY = new StoreDigest(0, 0, 0);

  /** The polynomials, in the reflected bit order of the checksums' registers. */
  private static final int CRC32C_POLY = 0x82F63B78;

  private static final int CRC32_POLY = 0xEDB88320;

  /** The digest as text, a key in pac's cache: it starts with {@link #keyPrefix} of the size. */
  public String key() {
    return keyPrefix(size) + Integer.toHexString(crc32c) + "-" + Integer.toHexString(crc32);
  }

  /** How the key of the digest of any content of {@code size} bytes starts. */
  public static String keyPrefix(long size) {
    return size + "-";
  }

  /** The digest of this content followed by the content {@code next} is the digest of. */
  StoreDigest then(StoreDigest next) {
    return new StoreDigest(
        size + next.size,
        combine(CRC32C_POLY, crc32c, next.crc32c, next.size),
        combine(CRC32_POLY, crc32, next.crc32, next.size));
  }

  /** The digest of the bytes of {@code ch} from {@code from} to {@code to}, read in 1 MiB steps. */
  public static StoreDigest of(FileChannel ch, long from, long to) throws IOException {
    Sum sum = new Sum();
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(1 << 20, Math.max(to - from, 1)));
    for (long at = from; at < to; ) {
      buf.clear().limit((int) Math.min(buf.capacity(), to - at));
      int n = ch.read(buf, at);
      if (n < 0) {
        break; // the file is shorter than said: the digest's size says so
      }
      sum.update(buf.array(), 0, n);
      at += n;
    }
    return sum.digest();
  }

  /** The digest of bytes given in turn. */
  static final class Sum {
    private final CRC32C c = new CRC32C();
    private final CRC32 d = new CRC32();
    private long size;

    void update(byte[] b, int off, int len) {
      c.update(b, off, len);
      d.update(b, off, len);
      size += len;
    }

    StoreDigest digest() {
      return new StoreDigest(size, (int) c.getValue(), (int) d.getValue());
    }
  }

  /**
   * {@code in}, the digest of whatever is read from it kept when {@code digested} (else it reads
   * through as it is).
   */
  static final class Reading extends FilterInputStream {
    private final Sum sum;

    Reading(InputStream in, boolean digested) {
      super(in);
      this.sum = digested ? new Sum() : null;
    }

    /** The digest of the bytes read so far, or null when not digested. */
    StoreDigest digest() {
      return sum == null ? null : sum.digest();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0 && sum != null) {
        sum.update(b, off, n);
      }
      return n;
    }

    /** Skipped bytes are read, so that the digest covers them. */
    @Override
    public long skip(long n) throws IOException {
      if (sum == null) {
        return in.skip(n);
      }
      byte[] scratch = new byte[(int) Math.max(0, Math.min(n, 8192))];
      long done = 0;
      while (done < n) {
        int r = read(scratch, 0, (int) Math.min(scratch.length, n - done));
        if (r < 0) {
          break;
        }
        done += r;
      }
      return done;
    }
  }

  /** {@code ch}, the digest of whatever is written to it kept in {@code sum}. */
  static final class Writing implements WritableByteChannel {
    private final WritableByteChannel ch;
    private final Sum sum;

    Writing(WritableByteChannel ch, Sum sum) {
      this.ch = ch;
      this.sum = sum;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      ByteBuffer written = src.duplicate();
      int n = ch.write(src);
      if (written.hasArray()) {
        sum.update(written.array(), written.arrayOffset() + written.position(), n);
      } else {
        byte[] b = new byte[n];
        written.get(b);
        sum.update(b, 0, n);
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return ch.isOpen();
    }

    @Override
    public void close() throws IOException {
      ch.close();
    }
  }

  /**
   * The checksum of A followed by B, from the checksums of A and B and B's length: A's register
   * carried over B's length in zero bytes (a multiplication by x^(8 len) modulo the polynomial),
   * then B's checksum added. The pre- and post-inversion of both checksums cancel out.
   */
  static int combine(int poly, int crcA, int crcB, long lengthB) {
    return multiply(poly, powerOfX(poly, lengthB), crcA) ^ crcB;
  }

  /** x^(8 bytes) modulo the polynomial. */
  private static int powerOfX(int poly, long bytes) {
    int result = 1 << 31; // x^0: the reflected order keeps x^0 in the top bit
    int square = 1 << 23; // x^8
    for (long n = bytes; n != 0; n >>>= 1) {
      if ((n & 1) != 0) {
        result = multiply(poly, square, result);
      }
      square = multiply(poly, square, square);
    }
    return result;
  }

  /** a(x) b(x) modulo the polynomial, in reflected bit order (bit 31 is x^0, bit 0 x^31). */
  private static int multiply(int poly, int a, int b) {
    int product = 0;
    for (int bit = 31; bit >= 0; bit--) {
      if ((a >>> bit & 1) != 0) {
        product ^= b;
      }
      b = (b & 1) != 0 ? (b >>> 1) ^ poly : b >>> 1; // b times x
    }
    return product;
  }
}
