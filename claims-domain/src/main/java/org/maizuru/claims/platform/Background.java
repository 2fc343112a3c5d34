package org.maizuru.claims.platform;

import jakarta.enterprise.concurrent.ManagedExecutorService;
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
}
