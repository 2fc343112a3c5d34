package org.maizuru.claims.audit;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event's named details as the trail stores them: one JSON object of strings. What is stored is what is
 * hashed, so the text is written once, when the event is, and read back as it is; never re-serialised.
 */
final class AuditDetails {

    /** A free-text value (a comment) is kept to this many characters, so an object always fits its column. */
    static final int LONGEST_VALUE = 400;

    /**
     * Looked up once: {@code Json.createObjectBuilder()} looks the provider up through the class loaders on every
     * call, which made writing the details most of a bulk filing's work (one event per claim).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private AuditDetails() {}

    /** The stored form of the details, or null when there are none. */
    static String written(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        var object = JSON.createObjectBuilder();
        details.forEach((name, value) ->
                object.add(name, value.length() <= LONGEST_VALUE ? value : value.substring(0, LONGEST_VALUE) + "…"));
        return object.build().toString();
    }

    static Map<String, String> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        try (var reader = JSON.createReader(new StringReader(stored))) {
            var details = new LinkedHashMap<String, String>();
            reader.readObject()
                    .forEach((name, value) -> details.put(
                            name,
                            value.getValueType() == JsonValue.ValueType.STRING
                                    ? ((JsonString) value).getString()
                                    : value.toString()));
            return Collections.unmodifiableMap(details);
        }
    }
}
