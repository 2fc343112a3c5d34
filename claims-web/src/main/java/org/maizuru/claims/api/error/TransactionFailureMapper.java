package org.maizuru.claims.api.error;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed as it committed (the database's primary killed under the request) is answered as every
 * other failure is, by {@link ApiExceptionMapper}: 503 with Retry-After when the connection was lost. Without this
 * mapper, Jersey's own mapper for {@link TransactionalException}, being nearer to the exception than ours for any
 * throwable, takes it, finds nothing it can unwrap, throws it again, and the caller gets a bare 500.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(TransactionalException failed) {
        return ApiExceptionMapper.forRequest(headers, uri).toResponse(failed);
    }
}
