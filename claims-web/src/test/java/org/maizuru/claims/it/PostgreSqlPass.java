package org.maizuru.claims.it;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The container and browser tests on the PostgreSQL the build names (CLAIMS_TEST_PG_URL), on one server
 * ({@link TestServer}), beside {@link H2Pass}. Every class runs here but the association's browser journey: the page
 * sweep, so that each page's queries run on PostgreSQL, and the staff's journeys, on the database the office runs.
 * The association's journey walks the same pages through the same services, and runs on H2; each browser journey
 * runs once, in the pass that has time for it.
 */
@Suite
@SuiteDisplayName("postgresql")
@SelectPackages("org.maizuru.claims.it")
@IncludeClassNamePatterns(".*IT")
@ExcludeClassNamePatterns(".*\\.JourneyIT")
@ConfigurationParameter(key = TestServer.DATABASE, value = ServerUnderTest.POSTGRESQL)
class PostgreSqlPass {}
