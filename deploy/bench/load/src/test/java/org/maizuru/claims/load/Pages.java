package org.maizuru.claims.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Caseworkers' pages at fixed arrival rates: {@code -Drate} work-queue pages and {@code -DworkbenchRate} claim
 * workbenches a second, each opened in one of {@code -Dusers} sessions signed in beforehand through the sign-in form
 * (as people keep their session through a day). The workbench opens claims listed one id per line in
 * {@code -Dclaims}; opening one writes an audit event, as it does for a caseworker.
 */
public class Pages extends Simulation {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"signin\"[^>]*action=\"([^\"]+)\"");

    {
        String base = Settings.base();
        int users = Integer.getInteger("users", 50);
        var sessions = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < users; i++) {
            sessions.add(Map.of("cookie", signIn(base, System.getProperty("account", "caseworker"))));
        }
        List<Map<String, Object>> claims;
        try {
            claims = Files.readAllLines(Path.of(System.getProperty("claims"))).stream()
                    .filter(line -> !line.isBlank())
                    .map(id -> Map.<String, Object>of("claim", id.strip()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("-Dclaims names a file of claim ids", e);
        }
        var queues = scenario("queues")
                .feed(listFeeder(sessions).circular())
                .exec(http("queue")
                        .get("/app/casework/queues.xhtml")
                        .header("Cookie", "#{cookie}")
                        .check(status().is(200), substring("id=\"queues\"").exists()));
        var workbenches = scenario("workbenches")
                .feed(listFeeder(sessions).circular())
                .feed(listFeeder(claims).random())
                .exec(http("workbench")
                        .get("/app/casework/claim.xhtml?id=#{claim}")
                        .header("Cookie", "#{cookie}")
                        .check(status().is(200), substring("id=\"evidence-heading\"").exists()));
        int seconds = Settings.seconds();
        setUp(
                        queues.injectOpen(constantUsersPerSec(Settings.rate()).during(seconds)),
                        workbenches.injectOpen(
                                constantUsersPerSec(Integer.getInteger("workbenchRate", 50)).during(seconds)))
                .protocols(Settings.api().acceptHeader("text/html"));
    }

    /** Signs in through the form as a person does; the session's cookies, as a Cookie header. */
    private static String signIn(String base, String account) {
        try {
            var cookies = new CookieManager();
            var client = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            String form = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            var viewState = VIEW_STATE.matcher(form);
            var action = FORM_ACTION.matcher(form);
            if (!viewState.find() || !action.find()) {
                throw new IllegalStateException("No sign-in form at " + base);
            }
            String body = "signin=signin&signin%3Acontinue=&signin%3Ausername=" + encode(account)
                    + "&signin%3Apassword=" + encode(Settings.PASSWORD) + "&signin%3Asubmit=&jakarta.faces.ViewState="
                    + encode(viewState.group(1));
            var landed = client.send(
                    HttpRequest.newBuilder(URI.create(base).resolve(action.group(1).replace("&amp;", "&")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (!landed.uri().getPath().startsWith("/app/")) {
                throw new IllegalStateException("Signing in as " + account + " landed on " + landed.uri());
            }
            return cookies.getCookieStore().get(URI.create(base)).stream()
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
        } catch (IOException e) {
            throw new IllegalStateException("Could not sign in at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
