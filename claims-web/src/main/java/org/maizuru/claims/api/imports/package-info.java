/** {@code /api/v1/imports}: bulk filing of claims as CSV, and the state of each import. */
package org.maizuru.claims.api.imports;
