/**
 * Demo mode (unless {@code CLAIMS_DEMO=false}): two associations, one account for each role and a few dozen
 * claims in every state, written once through the real services, and the demo logins printed at start-up.
 */
package org.maizuru.claims.demo;
