package org.maizuru.claims.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API's root. Its description is served at {@code /openapi}. Every operation needs a caller: an account's
 * name and password, or an API key; either of the two schemes will do.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Maizuru Claims API", version = "1",
        description = "Claims for compensation and pensions of former internees of Soviet and Mongolian "
                + "labour camps and their heirs: filing, evidence, casework, decisions, appeals and audit."),
        securitySets = {
            @SecurityRequirementsSet(@SecurityRequirement(name = ClaimsApi.BASIC)),
            @SecurityRequirementsSet(@SecurityRequirement(name = ClaimsApi.BEARER))
        },
        components = @Components(
                securitySchemes = {
                    @SecurityScheme(securitySchemeName = ClaimsApi.BASIC, type = SecuritySchemeType.HTTP,
                            scheme = "basic", description = "An account's name and password."),
                    @SecurityScheme(securitySchemeName = ClaimsApi.BEARER, type = SecuritySchemeType.HTTP,
                            scheme = "bearer", bearerFormat = "mzk_…",
                            description = "An API key an association issues itself: POST /api/v1/api-keys.")
                }))
public class ClaimsApi extends Application {

    public static final String BASIC = "basic";
    public static final String BEARER = "bearer";
}
