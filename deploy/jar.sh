# Sourced by deploy/run and deploy/cluster: builds the runnable jar when its sources changed since it was built,
# and sets claims_jar (its path) and claims_jvm (the options the JVM needs).
# shellcheck source=deploy/jdk.sh
. "$(dirname "${BASH_SOURCE[0]}")/jdk.sh"

claims_jar="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/target/maizuru-claims.jar"
claims_top="$(dirname "$(dirname "$claims_jar")")/.."
if [ ! -f "$claims_jar" ] || [ -n "$(find "$claims_top/pom.xml" "$claims_top"/*/pom.xml "$claims_top"/claims-*/src/main -newer "$claims_jar" -print -quit)" ]; then
    echo "Building Maizuru Claims (JDK at $JAVA_HOME)…" >&2
    (cd "$claims_top" && mvn -B -q package -DskipTests)
fi
# The Hazelcast inside Payara Micro uses sun.misc.Unsafe, which JDK 24 and newer warn about at every start;
# the switch that allows it quietly exists from JDK 23 on.
claims_jvm=()
if [ "$(claims_java_major "$JAVA_HOME")" -ge 23 ]; then
    claims_jvm+=(--sun-misc-unsafe-memory-access=allow)
fi
