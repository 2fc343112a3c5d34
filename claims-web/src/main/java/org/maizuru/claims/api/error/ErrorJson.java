package org.maizuru.claims.api.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The body of every error the API returns. */
public record ErrorJson(String error, String message, List<Detail> details) {

    /** One field and what is wrong with it. */
    public record Detail(String field, String message) {}

    public static Response response(int status, String error, String message, List<Detail> details) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorJson(error, message, details)).build();
    }
}
