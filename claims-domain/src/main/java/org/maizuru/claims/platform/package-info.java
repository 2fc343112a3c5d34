/**
 * What every capability stands on: the database connection, the schema migrations run at start-up and
 * the clock. No business rules live here.
 */
package org.maizuru.claims.platform;
