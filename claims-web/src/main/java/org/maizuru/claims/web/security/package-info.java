/**
 * Who is calling: one authentication mechanism for the API (HTTP Basic or an API key) against the same
 * account store as the pages, and the {@link org.maizuru.claims.kernel.Actor} that the services take.
 */
package org.maizuru.claims.web.security;
