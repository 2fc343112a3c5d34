package org.maizuru.claims.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class SessionReplicationTest {

    @Test
    void aDescriptorIsDistributableOnlyByTheElementOutsideComments() {
        assertTrue(SessionReplication.distributable("<web-fragment><name>x</name><distributable/></web-fragment>"));
        assertTrue(SessionReplication.distributable("<web-app><distributable /></web-app>"));
        assertTrue(SessionReplication.distributable("<j:web-app xmlns:j=\"x\"><j:distributable/></j:web-app>"));
        assertFalse(SessionReplication.distributable("<web-app><!-- say <distributable/> --></web-app>"));
        assertFalse(SessionReplication.distributable("<web-fragment><name>x</name></web-fragment>"));
        assertFalse(SessionReplication.distributable(null));
    }

    @Test
    void theApplicationsOwnDescriptorSaysDistributable() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"), StandardCharsets.UTF_8);
        assertTrue(SessionReplication.distributable(webXml), "web.xml lets sessions replicate in a cluster");
    }

    @Test
    void aClusteredNodeRefusesToStartWhenOneJarsFragmentWouldKeepSessionsInMemory() throws IOException {
        byte[] quiet = jarWithFragment("<web-fragment><name>quiet</name></web-fragment>");
        byte[] willing = jarWithFragment("<web-fragment><name>willing</name><distributable/></web-fragment>");
        var files = Map.of(
                "/WEB-INF/web.xml",
                "<web-app><distributable/></web-app>".getBytes(StandardCharsets.UTF_8),
                "/WEB-INF/lib/quiet-1.0.jar",
                quiet,
                "/WEB-INF/lib/willing-1.0.jar",
                willing,
                "/WEB-INF/lib/plain-1.0.jar",
                jarWithFragment(null));
        ServletContext context = application(files);

        assertEquals(
                List.of("WEB-INF/lib/quiet-1.0.jar!/META-INF/web-fragment.xml"),
                SessionReplication.notDistributable(context));
        var refused = assertThrows(IllegalStateException.class, () -> SessionReplication.requireReplicable(context));
        assertTrue(refused.getMessage().contains("quiet-1.0.jar"), refused.getMessage());
    }

    /** A jar with this web fragment, or with none. */
    private static byte[] jarWithFragment(String fragment) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var jar = new ZipOutputStream(bytes)) {
            jar.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            jar.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            if (fragment != null) {
                jar.putNextEntry(new ZipEntry("META-INF/web-fragment.xml"));
                jar.write(fragment.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    /** A web application of these files, as the container shows it through its ServletContext. */
    private static ServletContext application(Map<String, byte[]> files) {
        return (ServletContext) Proxy.newProxyInstance(
                SessionReplicationTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getResourceAsStream" ->
                        files.containsKey((String) arguments[0])
                                ? new ByteArrayInputStream(files.get((String) arguments[0]))
                                : null;
                    case "getResourcePaths" ->
                        files.keySet().stream()
                                .filter(path -> path.startsWith((String) arguments[0]))
                                .collect(Collectors.toCollection(TreeSet::new));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
