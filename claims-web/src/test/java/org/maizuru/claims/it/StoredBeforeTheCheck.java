package org.maizuru.claims.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Test fixture, deployed only to the test server: puts a file in place of a stored evidence document, behind the
 * upload's checks, as a document stored before a check existed would be. So a test can show what the doors do with
 * a PDF that carries script although no upload may bring one any more.
 */
@Path("it/evidence")
@RequestScoped
public class StoredBeforeTheCheck {

    @Resource(lookup = "java:app/jdbc/claims")
    DataSource dataSource;

    @POST
    @Path("{id}/content")
    @Consumes("application/octet-stream")
    @Produces("text/plain")
    public String replace(@PathParam("id") long evidenceId, byte[] content)
            throws SQLException, NoSuchAlgorithmException {
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        try (Connection connection = dataSource.getConnection();
                var stored =
                        connection.prepareStatement("update evidence_content set content = ? where evidence_id = ?");
                var described =
                        connection.prepareStatement("update evidence set sha256 = ?, size_bytes = ? where id = ?")) {
            stored.setBytes(1, content);
            stored.setLong(2, evidenceId);
            described.setString(1, sha256);
            described.setLong(2, content.length);
            described.setLong(3, evidenceId);
            return stored.executeUpdate() + " " + described.executeUpdate();
        }
    }
}
