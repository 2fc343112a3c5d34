/** {@code /api/v1/claims}: filing, evidence, submission, withdrawal, answers to requests, decisions and appeals. */
package org.maizuru.claims.api.claim;
