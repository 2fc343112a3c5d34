package org.maizuru.claims.deploy;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** The other half of the deploy tests, beside {@link HalfWithTheCluster}: why they are halved is said there. */
@Suite
@SuiteDisplayName("first start half")
@SelectClasses({FirstAdministratorIT.class, RunnableJarIT.class, DatabaseOutageIT.class, PrimaryFailoverIT.class})
class HalfWithTheFirstStart {}
