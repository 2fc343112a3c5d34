package org.maizuru.claims.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
