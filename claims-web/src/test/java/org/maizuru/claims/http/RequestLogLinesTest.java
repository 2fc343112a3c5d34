package org.maizuru.claims.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RequestLogLinesTest {

    @Test
    void aLineWrittenWhileARequestRunsBeginsWithItsId() throws Exception {
        List<String> written = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    written.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        RequestLogLines.install();
        try {
            Logger log = Logger.getLogger("org.maizuru.claims.test");
            log.info("before any request");
            FilterChain chain = (request, response) -> log.info("filed a claim");
            new RequestId().doFilter(request(Map.of("X-Request-Id", "balancer-0042abcd")), response(), chain);
            log.log(Level.INFO, "after it");
        } finally {
            RequestLogLines.remove();
            root.removeHandler(handler);
        }
        assertEquals(List.of("before any request", "[request balancer-0042abcd] filed a claim", "after it"), written);
    }

    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                RequestLogLinesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                RequestLogLinesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> null);
    }
}
