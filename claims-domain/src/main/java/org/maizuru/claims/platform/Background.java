package org.maizuru.claims.platform;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Work that outlives the request that started it (bulk imports), on the server's managed executor. */
public final class Background {

    private Background() {
    }

    public static void submit(Runnable work) {
        try {
            ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            executor.submit(work);
        } catch (NamingException e) {
            throw new IllegalStateException("No managed executor for background work", e);
        }
    }

    /**
     * Starts work on a thread of its own (from the server's managed thread factory), for a task that must run
     * alongside another background task rather than wait behind it in the executor's queue.
     */
    public static void thread(Runnable work) {
        try {
            ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
            threads.newThread(work).start();
        } catch (NamingException e) {
            throw new IllegalStateException("No managed thread factory for background work", e);
        }
    }
}
