/**
 * The API's errors: every failure answers JSON {@code {"error", "message", "details"}} with its status, and
 * never a stack trace.
 */
package org.maizuru.claims.api.error;
