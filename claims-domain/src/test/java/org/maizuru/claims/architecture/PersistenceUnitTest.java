package org.maizuru.claims.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The persistence unit lists its entities (Hibernate does not scan); this keeps the list complete. */
class PersistenceUnitTest {

    @Test
    void everyEntityIsListedInPersistenceXml() throws IOException {
        var entities = new TreeSet<String>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maizuru.claims")) {
            if (type.isAnnotatedWith(Entity.class)) {
                entities.add(type.getName());
            }
        }

        var listed = new TreeSet<String>();
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            var matcher = Pattern.compile("<class>([^<]+)</class>")
                    .matcher(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                listed.add(matcher.group(1).trim());
            }
        }

        assertEquals(entities, listed);
    }
}
