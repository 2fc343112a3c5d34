/** {@code /api/v1/casework}: queues, assignment, information requests, verdicts, recommendations and approval. */
package org.maizuru.claims.api.casework;
