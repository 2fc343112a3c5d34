package org.maizuru.claims.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API's root. Its description is served at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Maizuru Claims API", version = "1",
        description = "Claims for compensation and pensions of former internees of Soviet and Mongolian "
                + "labour camps and their heirs: filing, evidence, casework, decisions, appeals and audit."))
public class ClaimsApi extends Application {
}
