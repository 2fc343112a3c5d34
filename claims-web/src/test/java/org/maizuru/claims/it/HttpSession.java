package org.maizuru.claims.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;

/** A small HTTP client for the tests: one cookie jar, optional credentials, JSON and multipart bodies. */
final class HttpSession {

    private final URI base;
    private final HttpClient client;
    private final String authorization;
    /** The client address the request says it is for, as a proxy would (the test server trusts 127.0.0.1). */
    private final String forwardedFor;

    private HttpSession(URI base, String authorization) {
        this(base, authorization, null);
    }

    private HttpSession(URI base, String authorization, String forwardedFor) {
        this.base = base;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    HttpSession(URL base) {
        this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null);
    }

    /** The same server, signed in with HTTP Basic. */
    HttpSession as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HttpSession(base, "Basic " + token);
    }

    /**
     * The same session, its requests coming from another client address (sent as {@code X-Forwarded-For}): a test
     * that makes an address wait for its wrong passwords makes this one wait, not the address every test signs in
     * from.
     */
    HttpSession from(String address) {
        return new HttpSession(base, authorization, address);
    }

    /** The same server, with an API key. */
    HttpSession withKey(String key) {
        return new HttpSession(base, "Bearer " + key);
    }

    URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postBytes(String path, String contentType, byte[] body, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return post(path, "application/json", json, headers);
    }

    HttpResponse<String> putJson(String path, String json, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data upload: one file part and text parts. */
    HttpResponse<String> upload(String path, String fileName, byte[] content, String... fields) {
        String boundary = "----maizuru" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1] + "\r\n");
        }
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(
                request(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends the head of a POST that announces a body of {@code length} bytes, and none of the body: what the
     * server answers is what it decided before reading anything. Returns the answer's head and what of its body
     * arrived within ten seconds, as text.
     */
    String announce(String path, String contentType, long length, String... headers) {
        URI target = uri(path);
        var head = new StringBuilder("POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":"
                + target.getPort() + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        try (var socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = socket.getInputStream().read(buffer);
                        read >= 0;
                        read = socket.getInputStream().read(buffer)) {
                    answer.write(buffer, 0, read);
                    if (answer.toString(StandardCharsets.UTF_8).matches("(?s).*\\r\\n\\r\\n.*\\}.*")) {
                        break; // the head and a JSON body have come
                    }
                }
            } catch (SocketTimeoutException enough) {
                // what has come is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Follows an import that a POST answered 202 for until it is no longer RUNNING (two minutes at most) and
     * returns its last status.
     */
    JsonObject awaitImport(HttpResponse<String> started) {
        Assertions.assertEquals(202, started.statusCode(), started.body());
        long id = object(started).getJsonNumber("id").longValue();
        JsonObject status = null;
        for (int i = 0; i < 1200; i++) {
            status = object(get("/api/v1/imports/" + id));
            if (!status.getString("status").equals("RUNNING")) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return status;
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        return json(response).asJsonObject();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        var all = new ArrayList<>(List.of(headers));
        if (authorization != null) {
            all.add("Authorization");
            all.add(authorization);
        }
        if (forwardedFor != null) {
            all.add("X-Forwarded-For");
            all.add(forwardedFor);
        }
        if (!all.isEmpty()) {
            request.headers(all.toArray(String[]::new));
        }
        return request;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
