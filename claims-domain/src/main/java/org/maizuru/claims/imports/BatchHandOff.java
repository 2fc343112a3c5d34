package org.maizuru.claims.imports;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Batches handed from the thread that reads a file to one that writes them, so that parsing and database work
 * overlap; at most two batches wait, so memory stays flat however long the file. A failure on either side stops
 * both: the reader's next hand-over rethrows the writer's failure, and {@link #abandon()} tells the writer to stop.
 *
 * <p>The writer runs on a thread of its own (from the container's thread factory) rather than in the executor that
 * runs the reader, where it could wait behind the reader it serves. A hand-off written here rather than a
 * library's: it is a bounded queue and a future, the JDK's own parts, joined so that neither side waits forever.
 */
public final class BatchHandOff<T> {

    private final ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final CompletableFuture<Void> written = new CompletableFuture<>();
    private static final Object END = new Object();

    /** Thrown to the reader when the writer failed or the reading thread was interrupted. */
    public static final class Stopped extends RuntimeException {
        Stopped(Throwable cause) {
            super(cause);
        }
    }

    public BatchHandOff(ThreadFactory threads, Consumer<T> writer) {
        threads.newThread(() -> write(writer)).start();
    }

    /** Hands a batch on, waiting while two are queued; rethrows the writer's failure. */
    public void hand(T batch) {
        offer(batch);
    }

    /** Hands the end on and waits for the writer to have written everything; rethrows its failure. */
    public void finish() {
        offer(END);
        try {
            written.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** Tells the writer to stop after the batch it is writing: the reading failed. */
    public void abandon() {
        queue.clear();
        queue.offer(END);
    }

    private void offer(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (written.isDone()) {
                    written.join(); // rethrows the writer's failure
                    throw new IllegalStateException("The writer stopped early.");
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Stopped(interrupted);
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : new Stopped(failed.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private void write(Consumer<T> writer) {
        try {
            for (Object item = queue.take(); item != END; item = queue.take()) {
                writer.accept((T) item);
            }
            written.complete(null);
        } catch (RuntimeException | InterruptedException failure) {
            written.completeExceptionally(failure);
        }
    }
}
