package org.maizuru.claims.api.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.claim.Evidence;
import org.maizuru.claims.claim.EvidenceService;
import org.maizuru.claims.claim.EvidenceType;
import org.maizuru.claims.claim.StoredDocument;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;

/**
 * {@code /api/v1/claims/{id}/evidence}: a claim's documents, uploaded, downloaded and removed while they may be.
 */
@Tag(name = "claims")
@Path("claims/{id}/evidence")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ClaimEvidenceResource {

    /** Room for the multipart envelope around a document of the largest accepted size. */
    private static final long MAX_UPLOAD_REQUEST = EvidenceService.MAX_DOCUMENT_BYTES + 256 * 1024L;

    @Inject
    Actor actor;

    @Inject
    EvidenceService documents;

    @Context
    UriInfo uri;

    @Operation(
            operationId = "uploadEvidence",
            summary = "Upload a document",
            description = "Adds a document of evidence (PDF, JPEG, PNG or TIFF, at most 25 MB), judged by its "
                    + "content, not its name.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = EvidenceUpload.class)))
    @APIResponse(
            responseCode = "201",
            description = "Taken",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource's address",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = ClaimsApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ClaimsApi.UNSUPPORTED)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @PathParam("id") long id,
            @Parameter(hidden = true) @HeaderParam("Content-Length") Long length,
            @Parameter(hidden = true) List<EntityPart> parts)
            throws IOException {
        if (length != null && length > MAX_UPLOAD_REQUEST) {
            throw EvidenceService.tooLarge(length);
        }
        // Parts are picked by name here: an absent optional @FormParam part makes Jersey fail with a
        // NullPointerException.
        EntityPart file = part(parts, "file").orElseThrow(() -> new DomainException.Invalid("file", "api.filePart"));
        String type = text(parts, "type");
        String language = text(parts, "language");
        Evidence evidence = documents.addEvidence(
                actor,
                id,
                evidenceType(type),
                language(language),
                ContentDisposition.sentFileName(file.getFileName().orElse(null)),
                readBounded(file.getContent()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(evidence.id()))
                        .path("content")
                        .build())
                .entity(EvidenceJson.of(evidence))
                .build();
    }

    @Operation(
            operationId = "getEvidenceContent",
            summary = "Download a document",
            description = "The document byte for byte, as uploaded, with its SHA-256 in Digest.")
    @APIResponse(
            responseCode = "200",
            description = "The document",
            headers =
                    @Header(
                            name = "Digest",
                            description = "sha-256= and the document's hash in Base64",
                            schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/tiff", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        StoredDocument document = documents.document(actor, id, evidenceId);
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(document.fileName()))
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(
                        "Digest",
                        "sha-256="
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(document.sha256())))
                .build();
    }

    @Operation(
            operationId = "removeEvidence",
            summary = "Remove a document uploaded by mistake",
            description = "While the claim is a draft, or waits for information and no caseworker has judged the"
                    + " document yet. The file is deleted; the audit trail keeps its type, name, size and SHA-256.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @DELETE
    @Path("{evidenceId}")
    public Response removeEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        documents.removeEvidence(actor, id, evidenceId);
        return Response.noContent().build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null
                ? Optional.empty()
                : parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    private static String text(List<EntityPart> parts, String name) throws IOException {
        var part = part(parts, name);
        if (part.isEmpty()) {
            return null;
        }
        try (InputStream in = part.get().getContent()) {
            return new String(in.readNBytes(1000), StandardCharsets.UTF_8);
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            byte[] content = in.readNBytes(EvidenceService.MAX_DOCUMENT_BYTES + 1);
            if (content.length > EvidenceService.MAX_DOCUMENT_BYTES) {
                throw EvidenceService.tooLarge(content.length);
            }
            return content;
        }
    }

    private static EvidenceType evidenceType(String type) {
        if (type == null || type.isBlank()) {
            throw new DomainException.Invalid("type", "api.evidenceTypeMissing");
        }
        try {
            return EvidenceType.valueOf(type.strip());
        } catch (IllegalArgumentException unknown) {
            throw new DomainException.Invalid("type", "api.unknownEvidenceType", type);
        }
    }

    private static String language(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        if (!language.strip().matches("[a-z]{2}")) {
            throw new DomainException.Invalid("language", "api.language");
        }
        return language.strip();
    }
}
