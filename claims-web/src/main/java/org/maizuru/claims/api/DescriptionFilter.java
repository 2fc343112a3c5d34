package org.maizuru.claims.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Run over the API's description while the build makes it (smallrye-open-api-maven-plugin): every operation can be
 * refused before it runs, by the authentication mechanism (401, or 429 after too many wrong passwords), and every
 * one answers 503 while the database is out of reach. Said once here rather than on each of them; and an answer
 * given by reference carries nothing beside its reference.
 */
public class DescriptionFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        // An answer given by reference is the shared one, whole: the scanner's default "OK" beside the $ref is
        // ignored by OpenAPI 3.0 and would only mislead a reader.
        responses.getAPIResponses().values().stream()
                .filter(response -> response.getRef() != null)
                .forEach(response -> response.setDescription(null));
        add(responses, "401", ClaimsApi.UNAUTHENTICATED);
        add(responses, "429", ClaimsApi.TOO_MANY);
        add(responses, "503", ClaimsApi.UNAVAILABLE);
        return operation;
    }

    private static void add(APIResponses responses, String status, String name) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
        }
    }
}
