/**
 * The shared kernel: the words every capability speaks and hands to the others. Who is acting ({@code Actor},
 * {@code Role}), the sealed family of refusals and their Japanese and English texts, the programme's clock and
 * calendar day, the audit record a capability fires, and the small value types the services pass about (text
 * that people typed, Japan's two calendars, katakana readings, reason codes, idempotency keys, the digest).
 * It knows no capability and none of the plumbing under them.
 */
package org.maizuru.claims.kernel;
