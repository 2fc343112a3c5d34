# Sourced by the other scripts: points JAVA_HOME at a JDK 21 or newer (Payara Micro 7 needs one).
# Keeps JAVA_HOME when it already names such a JDK; otherwise takes the newest under /usr/lib/jvm.

claims_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

claims_find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major=$(claims_java_major "$JAVA_HOME")
        if [ "${major:-0}" -ge 21 ]; then
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(claims_java_major "$candidate")
        if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="$candidate"
            best_major="$major"
        fi
    done
    if [ -z "$best" ]; then
        echo "Maizuru Claims needs a JDK 21 or newer, and none was found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm)." >&2
        echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
        return 1
    fi
    export JAVA_HOME="$best"
}

claims_find_jdk || return 1 2>/dev/null || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
# JDK 24 and newer warn about sun.misc.Unsafe on every Maven run; the flag exists from JDK 23 on.
if [ "$(claims_java_major "$JAVA_HOME")" -ge 23 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
