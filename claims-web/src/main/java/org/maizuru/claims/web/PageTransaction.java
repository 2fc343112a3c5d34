package org.maizuru.claims.web;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;

/**
 * One transaction for each request to the signed-in pages, as the REST resources have: the page is rendered
 * from the state its action left, and reads what it shows (a claim's evidence, its stays) in the same
 * persistence context. If anything failed — the action or the rendering — the transaction rolls back, so a
 * failed step leaves nothing half-written.
 */
@WebFilter(urlPatterns = "/app/*", asyncSupported = false)
public class PageTransaction extends HttpFilter {

    @Resource
    UserTransaction transaction;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new ServletException("No transaction for the page", e);
        }
        boolean completed = false;
        try {
            chain.doFilter(request, response);
            completed = true;
        } finally {
            end(completed);
        }
    }

    private void end(boolean completed) throws ServletException {
        try {
            if (completed && transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            rollbackQuietly();
            throw new ServletException("The page's transaction could not be completed", e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException ignored) {
            // the original failure is the one to report
        }
    }
}
