package org.maizuru.claims.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.maizuru.claims.api.claim.ClaimJson;
import org.maizuru.claims.api.error.ErrorJson;
import org.maizuru.claims.api.imports.ImportsResource;

/**
 * The REST API's root. Its description is served at {@code /openapi}. Every operation needs a caller: an account's
 * name and password, or an API key; either of the two schemes will do.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Maizuru Claims API",
                        version = "1",
                        description =
                                "Claims for compensation and pensions of former internees of Soviet and Mongolian "
                                        + "labour camps and their heirs: filing, evidence, casework, decisions, appeals and audit."),
        servers =
                @Server(
                        url = "http://localhost:8080",
                        description = "The application as deploy/run starts it, with "
                                + "its demo data; an association's system is given the programme's own address."),
        securitySets = {
            @SecurityRequirementsSet(@SecurityRequirement(name = ClaimsApi.BASIC)),
            @SecurityRequirementsSet(@SecurityRequirement(name = ClaimsApi.BEARER))
        },
        components =
                @Components(
                        securitySchemes = {
                            @SecurityScheme(
                                    securitySchemeName = ClaimsApi.BASIC,
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "basic",
                                    description = "An account's name and password."),
                            @SecurityScheme(
                                    securitySchemeName = ClaimsApi.BEARER,
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    bearerFormat = "mzk_…",
                                    description = "An API key an association issues itself: POST /api/v1/api-keys.")
                        },
                        requestBodies =
                                @RequestBody(
                                        name = ClaimsApi.TABLE,
                                        required = true,
                                        description =
                                                "A CSV (UTF-8 with or without BOM, or Shift_JIS) or an Excel workbook.",
                                        content = {
                                            @Content(
                                                    mediaType = "text/csv",
                                                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                            @Content(
                                                    mediaType = ClaimsApi.XLSX,
                                                    schema = @Schema(type = SchemaType.STRING, format = "binary"))
                                        }),
                        responses = {
                            @APIResponse(
                                    name = ClaimsApi.IMPORT_STARTED,
                                    responseCode = "202",
                                    description = "Started in the background: follow it at Location, by its id.",
                                    headers =
                                            @Header(
                                                    name = "Location",
                                                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
                                    content =
                                            @Content(
                                                    mediaType = MediaType.APPLICATION_JSON,
                                                    schema =
                                                            @Schema(
                                                                    implementation =
                                                                            ImportsResource.ImportStarted.class))),
                            @APIResponse(
                                    name = ClaimsApi.CLAIM,
                                    responseCode = "200",
                                    description = "The claim as it now is; ETag carries its version, for If-Match.",
                                    headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                                    content =
                                            @Content(
                                                    mediaType = MediaType.APPLICATION_JSON,
                                                    schema = @Schema(implementation = ClaimJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.INVALID,
                                    responseCode = "400",
                                    description = "The request is not valid: `details` names each field at fault.",
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.UNAUTHENTICATED,
                                    responseCode = "401",
                                    description = "No credentials, or wrong ones.",
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.FORBIDDEN,
                                    responseCode = "403",
                                    description = "The caller's role may not do this.",
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.NOT_FOUND,
                                    responseCode = "404",
                                    description =
                                            "Not there, or not the caller's to see: another association's claim is "
                                                    + "not found.",
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.CONFLICT,
                                    responseCode = "409",
                                    description =
                                            "Not in this state, or a stale version: read it again and decide again.",
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.TOO_LARGE,
                                    responseCode = "413",
                                    description = "The body is larger than the operation takes.",
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.UNSUPPORTED,
                                    responseCode = "415",
                                    description = "A media type or a document's kind the operation does not take.",
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.VERSION_REQUIRED,
                                    responseCode = "428",
                                    description = "A change that does not say which version it replaces (If-Match).",
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.TOO_MANY,
                                    responseCode = "429",
                                    description = "Too many wrong passwords: wait for Retry-After seconds.",
                                    headers =
                                            @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class))),
                            @APIResponse(
                                    name = ClaimsApi.UNAVAILABLE,
                                    responseCode = "503",
                                    description =
                                            "The database is out of reach; nothing was done. Send the same request "
                                                    + "again after Retry-After seconds.",
                                    headers =
                                            @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
                                    content =
                                            @Content(
                                                    mediaType = ErrorJson.PROBLEM_JSON,
                                                    schema = @Schema(implementation = ErrorJson.class)))
                        }))
public class ClaimsApi extends Application {

    /** The media type of an Excel workbook, as rolls are uploaded and reports and refused rows downloaded. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final String BASIC = "basic";
    public static final String BEARER = "bearer";

    // Answers operations name by reference (@APIResponse(ref = ...)): a claim after a change to it, and the errors;
    // DescriptionFilter adds the three errors every operation can give (401, 429, 503).
    public static final String CLAIM = "Claim";
    public static final String IMPORT_STARTED = "ImportStarted";
    /** The request body of the imports: a file of rows. */
    public static final String TABLE = "Table";

    public static final String INVALID = "Invalid";
    public static final String UNAUTHENTICATED = "Unauthenticated";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_LARGE = "TooLarge";
    public static final String UNSUPPORTED = "UnsupportedMediaType";
    public static final String VERSION_REQUIRED = "VersionRequired";
    public static final String TOO_MANY = "TooManyRequests";
    public static final String UNAVAILABLE = "Unavailable";
}
