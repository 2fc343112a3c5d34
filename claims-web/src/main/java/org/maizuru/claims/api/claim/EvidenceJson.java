package org.maizuru.claims.api.claim;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maizuru.claims.claim.Evidence;
import org.maizuru.claims.claim.EvidenceType;

/** An evidence document's description; its content is at {@code …/evidence/{id}/content}. */
public record EvidenceJson(
        long id,

        @Schema(type = SchemaType.STRING, implementation = EvidenceType.class)
        String type,

        String fileName,
        String mediaType,
        long size,
        String sha256,
        String language,
        Instant uploadedAt,
        String uploadedBy,
        String verdict,
        String verdictReason) {

    static EvidenceJson of(Evidence evidence) {
        return new EvidenceJson(
                evidence.id(),
                evidence.type().name(),
                evidence.fileName(),
                evidence.mediaType(),
                evidence.size(),
                evidence.sha256(),
                evidence.language(),
                evidence.uploadedAt(),
                evidence.uploadedBy(),
                evidence.verdict().name(),
                evidence.verdictReason());
    }
}
