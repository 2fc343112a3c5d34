package org.maizuru.claims.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchHandOffTest {

    @Test
    void everyBatchIsWrittenInTheOrderItWasHandedOnBeforeFinishReturns() {
        var written = new CopyOnWriteArrayList<Integer>();
        var handOff = new BatchHandOff<Integer>(Thread.ofPlatform().factory(), written::add);
        for (int i = 0; i < 50; i++) {
            handOff.hand(i);
        }
        handOff.finish();
        assertEquals(IntStream.range(0, 50).boxed().toList(), written);
    }

    /** A writer that fails stops the reader at its next hand-over, with the writer's own failure. */
    @Test
    void theWritersFailureReachesTheReader() {
        var failure = new IllegalStateException("the database went away");
        var handOff = new BatchHandOff<Integer>(Thread.ofPlatform().factory(), batch -> {
            if (batch == 3) {
                throw failure;
            }
        });
        RuntimeException seen = assertThrows(RuntimeException.class, () -> {
            for (int i = 0; i < 1_000; i++) {
                handOff.hand(i);
            }
            handOff.finish();
        });
        assertSame(failure, seen);
    }

    /** Abandoned, the writer stops after the batch it is writing rather than wait for more forever. */
    @Test
    void anAbandonedWriterStops() throws InterruptedException {
        var writing = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var written = new CopyOnWriteArrayList<Integer>();
        var thread = new Thread[1];
        var handOff = new BatchHandOff<Integer>(runnable -> thread[0] = new Thread(runnable), batch -> {
            written.add(batch);
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        handOff.hand(1);
        handOff.hand(2);
        assertTrue(writing.await(5, TimeUnit.SECONDS));
        handOff.abandon();
        release.countDown();
        thread[0].join(Duration.ofSeconds(5));
        assertTrue(!thread[0].isAlive(), "the writer ended");
        assertEquals(List.of(1), written, "the batch queued behind the one being written was dropped");
    }
}
