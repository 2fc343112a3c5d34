package org.maizuru.claims.api.claim;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maizuru.claims.claim.EvidenceType;

/**
 * The parts of {@code POST /api/v1/claims/{id}/evidence} (multipart/form-data), for the API's description only:
 * the resource reads the parts by name, because an absent optional part would fail the JAX-RS implementation.
 */
@Schema(description = "A document of evidence, as the parts of a multipart form.")
public record EvidenceUpload(
        @Schema(
                required = true,
                type = SchemaType.STRING,
                format = "binary",
                description = "The document: PDF, JPEG, PNG or TIFF, at most 25 MB.")
        String file,

        @Schema(required = true, implementation = EvidenceType.class, description = "What the document is.")
        String type,

        @Schema(
                enumeration = {"ja", "en"},
                description = "The document's language, if it is known.")
        String language) {}
