package org.maizuru.claims.deploy;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The other half of the deploy tests, beside {@link HalfWithTheCluster}: why they are halved is said there. The
 * runnable jar's first start comes last, once the EAR's Payara Server beside the deploy tests has stopped: with it,
 * the cluster's two nodes and a first start on two cores, a start took more than a minute.
 */
@Suite
@SuiteDisplayName("first start half")
@SelectClasses({FirstAdministratorIT.class, DatabaseOutageIT.class, PrimaryFailoverIT.class, RunnableJarIT.class})
class HalfWithTheFirstStart {}
