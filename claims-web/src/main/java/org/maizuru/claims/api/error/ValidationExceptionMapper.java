package org.maizuru.claims.api.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures at the boundary. A mapper of its own because the JAX-RS implementation ships one
 * for this type, which is closer than {@link ApiExceptionMapper}'s and answers without a body.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    private final ApiExceptionMapper mapper = new ApiExceptionMapper();

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return mapper.toResponse(invalid);
    }
}
