package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform end to end on a real Payara Micro: the packaged WAR deploys, Flyway has migrated the
 * database named by the build (H2 or PostgreSQL), Hibernate reads and writes that schema, and the first
 * page, health and OpenAPI answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar().addClass(RoundTripProbe.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void readinessNamesTheDatabaseTheBuildChose() {
        var http = new HttpSession(base);

        var ready = http.get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        String expected = "postgresql".equals(System.getProperty("claims.test.database")) ? "PostgreSQL" : "H2";
        assertTrue(ready.body().contains("\"database\":\"" + expected + "\""), ready.body());
        assertEquals(200, http.get("/health/live").statusCode());
    }

    @Test
    void thePlacesOfTheMigrationAreReadThroughHibernate() {
        var http = new HttpSession(base).as("auditor", "maizuru-demo");

        var response = http.get("/api/v1/places");

        assertEquals(200, response.statusCode(), response.body());
        JsonArray places = HttpSession.json(response).asJsonArray();
        assertTrue(places.size() >= 21, "all reference places are loaded: " + places.size());
        JsonObject komsomolsk = places.stream().map(JsonObject.class::cast)
                .filter(place -> place.getString("code").equals("KOMSOMOLSK")).findFirst().orElseThrow();
        assertEquals("CAMP", komsomolsk.getString("kind"));
        assertEquals("コムソモリスク・ナ・アムーレ", komsomolsk.getString("nameJa"));
        assertEquals("KHABAROVSK", komsomolsk.getString("region"));
        assertEquals("USSR", komsomolsk.getString("country"), "a camp lies in its region's country");
        JsonObject china = HttpSession.json(http.get("/api/v1/places/PRC")).asJsonObject();
        assertEquals(false, china.getBoolean("internmentTerritory"), "time in China is not internment");
        assertEquals(404, http.get("/api/v1/places/NOWHERE").statusCode());
    }

    @Test
    void aRowWrittenInOneTransactionIsReadInAnother() {
        var http = new HttpSession(base).as("admin", "maizuru-demo");
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        assertEquals(201, http.post("/api/v1/it/places/" + code, "text/plain", "").statusCode());
        try {
            var response = http.get("/api/v1/places/" + code);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject place = HttpSession.json(response).asJsonObject();
            assertEquals("試験収容所", place.getString("nameJa"));
            assertEquals("KHABAROVSK", place.getString("region"));
        } finally {
            assertEquals(204, http.delete("/api/v1/it/places/" + code).statusCode());
        }
        assertEquals(404, http.get("/api/v1/places/" + code).statusCode());
    }

    @Test
    void theFirstPageIsAPrimeFacesPageInTheBrowsersLanguage() {
        var http = new HttpSession(base);

        var japanese = http.get("/", "Accept-Language", "ja-JP,ja;q=0.9");
        assertEquals(200, japanese.statusCode());
        assertTrue(japanese.body().contains("ln=primefaces"), "PrimeFaces renders the page");
        assertTrue(japanese.body().contains("lang=\"ja\""));
        assertTrue(japanese.body().contains("ソ連・モンゴル強制抑留者の請求"), "Japanese for a Japanese browser");

        var unsaid = new HttpSession(base).get("/");
        assertTrue(unsaid.body().contains("lang=\"ja\""), "no Accept-Language is no preference: Japanese, the default");

        var english = http.get("/", "Accept-Language", "en-GB,en;q=0.9");
        assertTrue(english.body().contains("Claims for the former internees"), "English for an English browser");

        var switched = http.get("/?lang=en", "Accept-Language", "ja");
        assertTrue(switched.body().contains("lang=\"en\""), "?lang= overrides the browser");
        var remembered = http.get("/", "Accept-Language", "ja");
        assertTrue(remembered.body().contains("lang=\"en\""), "the choice is remembered");
    }

    @Test
    void theApiIsDescribedAtOpenApi() {
        var response = new HttpSession(base).get("/openapi");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/places"), response.body());
    }
}
