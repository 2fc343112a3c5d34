package org.maizuru.claims.deploy;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * One of the two halves the build runs side by side, each in a JVM of its own (the other is
 * {@link HalfWithTheFirstStart}). Each class starts the jar at least once, which takes most of its time, so the
 * halves are drawn by the classes' lengths, longest first, to end together: left to the order the build finds them
 * in, the longest class started last and the second JVM waited a minute for it. About 260 and 290 s on two cores.
 */
@Suite
@SuiteDisplayName("cluster half")
@SelectClasses({ClusterIT.class, BackupRestoreIT.class, BehindATlsProxyIT.class, ContainerImageIT.class})
class HalfWithTheCluster {}
