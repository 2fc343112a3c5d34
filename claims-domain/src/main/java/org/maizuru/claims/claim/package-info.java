/**
 * The Claim aggregate: who claims, about which internee, the internment as claimed, the evidence documents
 * with their stored content, and the one state machine of the claim's lifecycle.
 */
package org.maizuru.claims.claim;
