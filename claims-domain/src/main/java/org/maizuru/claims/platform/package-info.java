/**
 * The plumbing under the capabilities: the data source and the schema migrations run at start-up, the operator's
 * settings, bulk writing by COPY, the keys of requests that must happen once, the scheduled duties' schedule and
 * cluster lock (which the capabilities' duties plug into), and the letters and fonts of the PDFs. No business
 * rules live here, and no capability is known here.
 */
package org.maizuru.claims.platform;
