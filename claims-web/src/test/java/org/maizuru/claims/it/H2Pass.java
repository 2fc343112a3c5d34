package org.maizuru.claims.it;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The container and browser tests on the embedded H2 database, on one server ({@link TestServer}): every class but the
 * staff's browser journeys, which run on PostgreSQL. The build runs this pass beside {@link PostgreSqlPass}, each in a
 * JVM of its own.
 */
@Suite
@SuiteDisplayName("h2")
@SelectPackages("org.maizuru.claims.it")
@IncludeClassNamePatterns(".*IT")
@ExcludeClassNamePatterns(".*\\.StaffPagesIT")
@ConfigurationParameter(key = TestServer.DATABASE, value = ServerUnderTest.H2)
class H2Pass {}
