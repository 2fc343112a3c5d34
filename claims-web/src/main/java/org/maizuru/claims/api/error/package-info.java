/**
 * The API's errors: every failure answers JSON {@code {"error", "message", "details"}} with its status, as RFC 9457
 * problem details ({@code application/problem+json}), and never a stack trace.
 */
package org.maizuru.claims.api.error;
