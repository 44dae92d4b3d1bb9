package dev.pac.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's digest: its length and two checksums, and the digest of two contents in a row. */
class StoreDigestTest {
  @TempDir Path dir;

  private static StoreDigest direct(byte[] b, int from, int to) {
    CRC32C c = new CRC32C();
    CRC32 d = new CRC32();
    c.update(b, from, to - from);
    d.update(b, from, to - from);
    return new StoreDigest(to - from, (int) c.getValue(), (int) d.getValue());
  }

  /** The checksums' published check values: "123456789". */
  @Test
  void theChecksumsAreCrc32cAndCrc32() {
    StoreDigest.Sum sum = new StoreDigest.Sum();
    byte[] b = "123456789".getBytes(StandardCharsets.US_ASCII);
    sum.update(b, 0, b.length);
    assertEquals(new StoreDigest(9, 0xE3069283, 0xCBF43926), sum.digest());
    assertEquals("9-e3069283-cbf43926", sum.digest().key());
    assertEquals(StoreDigest.EMPTY, new StoreDigest.Sum().digest());
  }

  /** A followed by B, from the digests of A and B, is the digest of their bytes in a row. */
  @Test
  void twoDigestsInARowAreTheDigestOfBothContents() {
    Random random = new Random(20261202);
    for (int round = 0; round < 300; round++) {
      byte[] b = new byte[random.nextInt(round < 100 ? 40 : 5000)];
      random.nextBytes(b);
      int split = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      StoreDigest a = direct(b, 0, split);
      StoreDigest rest = direct(b, split, b.length);
      assertEquals(direct(b, 0, b.length), a.then(rest), "split " + split + " of " + b.length);
    }
    // no bytes on either side changes nothing
    byte[] b = "date,kpi,value,segment,channel,action\n".getBytes(StandardCharsets.US_ASCII);
    StoreDigest d = direct(b, 0, b.length);
    assertEquals(d, d.then(StoreDigest.EMPTY));
    assertEquals(d, StoreDigest.EMPTY.then(d));
  }

  /**
   * A second content longer than 2^32 bytes (zeros, which the JDK's checksums take at several GB a
   * second): the length is carried whole, not cut to 31 or 32 bits.
   */
  @Test
  void aSecondContentPast4GiBIsCarriedByItsWholeLength() {
    byte[] first = new byte[100];
    new Random(11).nextBytes(first);
    byte[] zeros = new byte[1 << 20];
    long length = (1L << 32) + 123_457;
    CRC32C c = new CRC32C();
    CRC32 d = new CRC32();
    CRC32C zc = new CRC32C();
    CRC32 zd = new CRC32();
    c.update(first);
    d.update(first);
    for (long left = length; left > 0; ) {
      int n = (int) Math.min(zeros.length, left);
      c.update(zeros, 0, n);
      d.update(zeros, 0, n);
      zc.update(zeros, 0, n);
      zd.update(zeros, 0, n);
      left -= n;
    }
    StoreDigest a = direct(first, 0, first.length);
    StoreDigest b = new StoreDigest(length, (int) zc.getValue(), (int) zd.getValue());
    assertEquals(new StoreDigest(100 + length, (int) c.getValue(), (int) d.getValue()), a.then(b));
  }

  /** Digests read from a file, through a stream and through a channel written to agree. */
  @Test
  void readingAndWritingDigestTheBytesThatPass() throws IOException {
    byte[] b = new byte[3 << 20];
    new Random(7).nextBytes(b);
    Path f = dir.resolve("f");
    Files.write(f, b);
    StoreDigest all = direct(b, 0, b.length);
    try (FileChannel ch = FileChannel.open(f)) {
      assertEquals(all, StoreDigest.of(ch, 0, b.length));
      assertEquals(direct(b, 100, 2_000_000), StoreDigest.of(ch, 100, 2_000_000));
      // a file shorter than asked: the digest's length says so
      assertEquals(b.length, StoreDigest.of(ch, 0, b.length + 10).size());
    }
    StoreDigest.Reading in = new StoreDigest.Reading(new ByteArrayInputStream(b), true);
    assertEquals(5, in.skip(5)); // skipped bytes count too
    byte[] some = new byte[1000];
    assertEquals(1000, in.readNBytes(some, 0, 1000));
    assertEquals(b[1005] & 0xff, in.read());
    in.transferTo(OutputStream.nullOutputStream());
    assertEquals(all, in.digest());
    // not digested: the bytes read through as they are, no digest
    StoreDigest.Reading plain = new StoreDigest.Reading(new ByteArrayInputStream(b), false);
    assertEquals(true, Arrays.equals(b, plain.readAllBytes()));
    assertEquals(null, plain.digest());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StoreDigest.Sum written = new StoreDigest.Sum();
    StoreDigest.Writing w = new StoreDigest.Writing(Channels.newChannel(out), written);
    w.write(ByteBuffer.wrap(b, 0, 70_000));
    ByteBuffer direct = ByteBuffer.allocateDirect(b.length - 70_000);
    direct.put(b, 70_000, b.length - 70_000).flip();
    w.write(direct);
    assertEquals(all, written.digest());
    assertEquals(true, Arrays.equals(b, out.toByteArray()));
  }
}
