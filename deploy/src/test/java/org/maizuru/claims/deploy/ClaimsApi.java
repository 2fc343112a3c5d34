package org.maizuru.claims.deploy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The REST API as one demo account calls it, with HTTP Basic as the README shows. */
final class ClaimsApi {

    private final String base;
    private final String authorization;
    // HTTP/1.1 on purpose: a plain-text HTTP/2 upgrade would add nothing here but another way to fail.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ClaimsApi(int port, String account) {
        this(port, account, "maizuru-demo");
    }

    ClaimsApi(int port, String account, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Files a draft about an internee of this family name; the answer is 201 with the claim when it is stored. */
    HttpResponse<String> file(String familyName) throws IOException {
        return send(
                request("/api/v1/claims")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(claim(familyName))),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The same, sent with an Idempotency-Key: sent again with it, the claim is filed once. */
    HttpResponse<String> file(String familyName, String idempotencyKey) throws IOException {
        return send(
                request("/api/v1/claims")
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(claim(familyName))),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postBytes(String path, String contentType, byte[] body) throws IOException {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json, String... headers) throws IOException {
        var request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(long claim, String fileName, byte[] content, String type) throws IOException {
        String boundary = "----maizuru" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                request("/api/v1/claims/" + claim + "/evidence")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> submit(long claim) throws IOException {
        return send(
                request("/api/v1/claims/" + claim + "/submit").POST(HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept-Language", "en");
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws IOException {
        try {
            return http.send(request.build(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A man who claims for himself: taken in Manchuria, held at Taishet, home through Maizuru. */
    private static String claim(String familyName) {
        var self = Json.createObjectBuilder()
                .add("familyName", familyName)
                .add("givenName", "清")
                .add("birthDate", "1925-04-01")
                .add("sex", "MALE")
                .build();
        var stay = Json.createObjectBuilder()
                .add("place", "TAISHET")
                .add("from", "1945-09-20")
                .add("to", "1953-06-10");
        var internment = Json.createObjectBuilder()
                .add("capturedOn", "1945-08-20")
                .add("captureArea", "MANCHURIA")
                .add("stays", Json.createArrayBuilder().add(stay))
                .add("returnedOn", "1953-07-01")
                .add("port", "舞鶴");
        return Json.createObjectBuilder()
                .add("programme", "SPECIAL_BENEFIT_2010")
                .add("claimantRelationship", "SELF")
                .add("claimant", self)
                .add("internee", self)
                .add("internment", internment)
                .build()
                .toString();
    }
}
