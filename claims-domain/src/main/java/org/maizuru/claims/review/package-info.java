/**
 * Casework: queues ordered by the claimant's age, assignment, information requests and the association's
 * answers, recommendations, and the second person's approval or return.
 */
package org.maizuru.claims.review;
