package org.maizuru.claims.api.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures at the boundary. A mapper of its own because the JAX-RS implementation ships one
 * for this type, which is closer than {@link ApiExceptionMapper}'s and answers without a body.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return ApiExceptionMapper.forRequest(headers, uri).toResponse(invalid);
    }
}
