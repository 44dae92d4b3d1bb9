package dev.pac.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThreadsTest {
  /** A helper that remembers the thread that made it. */
  record Helper(Thread maker) {}

  @Test
  void resultsComeInTheItemsOrder() {
    List<Integer> items = IntStream.range(0, 500).boxed().toList();
    List<Integer> squares = Threads.inOrder("test", items, i -> i * i);
    assertEquals(IntStream.range(0, 500).map(i -> i * i).boxed().toList(), squares);
  }

  @Test
  void eachThreadMakesItsHelperOnceAndUsesOnlyItsOwn() {
    List<Integer> items = IntStream.range(0, 2_000).boxed().toList();
    AtomicInteger made = new AtomicInteger();
    List<Helper> used =
        Threads.inOrder(
            "test",
            items,
            () -> {
              made.incrementAndGet();
              return new Helper(Thread.currentThread());
            },
            (h, i) -> {
              assertSame(Thread.currentThread(), h.maker(), "a helper of another thread");
              return h;
            });
    assertEquals(items.size(), used.size());
    assertTrue(made.get() >= 1 && made.get() <= Threads.cores(), "helpers made: " + made.get());
    assertEquals(made.get(), used.stream().distinct().count());
  }

  @Test
  void noHelperForNoItems() {
    AtomicInteger made = new AtomicInteger();
    List<Object> out =
        Threads.inOrder(
            "test",
            List.<Integer>of(),
            () -> {
              made.incrementAndGet();
              return new Object();
            },
            (h, i) -> h);
    assertEquals(List.of(), out);
    assertEquals(0, made.get());
  }

  @Test
  void theFirstFailureInOrderIsThrownAsItWas() {
    List<Integer> items = new ArrayList<>(IntStream.range(0, 300).boxed().toList());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Threads.inOrder(
                    "test",
                    items,
                    i -> {
                      if (i == 120 || i == 250) {
                        throw new IllegalArgumentException("item " + i);
                      }
                      return i;
                    }));
    assertEquals("item 120", e.getMessage());
  }

  @Test
  void resultsAreHandedOnInOrderOneAtATime() {
    List<Integer> items = IntStream.range(0, 3_000).boxed().toList();
    List<Integer> handed = new ArrayList<>(); // not thread-safe: one hand at a time
    AtomicInteger inside = new AtomicInteger();
    Threads.inOrder(
        "test",
        items,
        () -> null,
        (h, i) -> i,
        i -> {
          assertEquals(1, inside.incrementAndGet(), "two hands at once");
          handed.add(i);
          inside.decrementAndGet();
        });
    assertEquals(items, handed);
  }

  @Test
  void handingStopsAtTheFirstFailureWhichIsThrown() {
    List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
    List<Integer> handed = new ArrayList<>();
    IllegalArgumentException made =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Threads.inOrder(
                    "test",
                    items,
                    () -> null,
                    (h, i) -> {
                      if (i == 500 || i == 700) {
                        throw new IllegalArgumentException("item " + i);
                      }
                      return i;
                    },
                    handed::add));
    assertEquals("item 500", made.getMessage());
    assertEquals(items.subList(0, 500), handed);

    List<Integer> taken = new ArrayList<>();
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                Threads.inOrder(
                    "test",
                    items,
                    () -> null,
                    (h, i) -> i,
                    i -> {
                      taken.add(i);
                      if (i == 300) {
                        throw new IllegalStateException("hand " + i);
                      }
                    }));
    assertEquals("hand 300", refused.getMessage());
    assertEquals(items.subList(0, 301), taken);
  }
}
