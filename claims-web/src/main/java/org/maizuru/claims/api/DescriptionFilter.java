package org.maizuru.claims.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Run over the API's description while the build makes it (smallrye-open-api-maven-plugin): every operation can be
 * refused before it runs, by the authentication mechanism (401, or 429 after too many wrong passwords), and every
 * one answers 503 while the database is out of reach. Said once here rather than on each of them.
 */
public class DescriptionFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
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
