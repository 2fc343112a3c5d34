package org.maizuru.claims.http;

import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Begins each log line written while a request runs with its id ({@code [request 3f9a…] }), whoever writes it: the
 * application, Hibernate or a library (the server's own, worded from its bundles, are left as they are). The server's log handlers are the JDK's, whose formatters (the plain one and
 * Payara's JSON one) print the message but know nothing of the request, so the id goes into the message, through a
 * filter on each handler of the root logger, set while the application is deployed and taken away after.
 */
public final class RequestLogLines implements Filter {

    private final Handler handler;
    private final Filter before;

    private RequestLogLines(Handler handler, Filter before) {
        this.handler = handler;
        this.before = before;
    }

    public static void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!(handler.getFilter() instanceof RequestLogLines)) {
                handler.setFilter(new RequestLogLines(handler, handler.getFilter()));
            }
        }
    }

    public static void remove() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler.getFilter() instanceof RequestLogLines ours && ours.handler == handler) {
                handler.setFilter(ours.before);
            }
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (before != null && !before.isLoggable(record)) {
            return false;
        }
        if (record.getResourceBundle() != null) {
            // The server's own lines are keys to its message bundles (NCLS-CORE-00026): prefixed, they would no
            // longer be found and would print as the bare key.
            return true;
        }
        RequestId.current().ifPresent(id -> {
            String message = record.getMessage();
            String prefix = "[request " + id + "] ";
            if (message == null || !message.startsWith(prefix)) {
                record.setMessage(prefix + (message == null ? "" : message));
            }
        });
        return true;
    }
}
