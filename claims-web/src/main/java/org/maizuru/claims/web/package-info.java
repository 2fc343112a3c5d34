/**
 * The browser's side of the application: Faces backing beans, grouped by the capability they serve.
 *
 * <p>The transaction model, one for every page: each request under {@code /app/} runs in one transaction
 * ({@link org.maizuru.claims.web.PageTransaction}), which the services' own {@code @Transactional} methods join,
 * so a page is rendered from the state its action left and a failed step rolls everything back. Every page
 * action goes through {@link org.maizuru.claims.web.PageAction}, which flushes the action's changes before the
 * user is told they were saved: a stale version or a broken rule is reported by the action, in the user's
 * language, never after the page was answered. The API's resources have the same shape, one transaction a
 * call, and flush where they answer with a new version.
 */
package org.maizuru.claims.web;
