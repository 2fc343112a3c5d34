package org.maizuru.claims.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The payment office's reference data as the build writes it beside these classes from maintained datasets
 * ({@code src/main/node/reference-data.js}): tab-separated lines, and what each dataset is (its package, version,
 * date and size) in {@code reference-data.properties}.
 */
final class ReferenceData {

    private static final String ABOUT = "reference-data.properties";

    private ReferenceData() {}

    /** The lines of a generated file, each cut at its tabs. */
    static List<String[]> rows(String file) {
        var rows = new ArrayList<String[]>();
        for (String line : new String(read(file), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    /** What the datasets are: {@code zengin.version}, {@code holidays.firstYear}, … */
    static Properties about() {
        var about = new Properties();
        try (var in = new InputStreamReader(stream(ABOUT), StandardCharsets.UTF_8)) {
            about.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return about;
    }

    private static byte[] read(String file) {
        try (InputStream in = stream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String file) {
        InputStream in = ReferenceData.class.getResourceAsStream(file);
        if (in == null) {
            // The build writes it (claims-domain/pom.xml, generate-resources); a jar without it was built wrongly.
            throw new IllegalStateException(file + " is missing beside " + ReferenceData.class.getName());
        }
        return in;
    }
}
