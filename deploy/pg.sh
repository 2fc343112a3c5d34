# Sourced by deploy/backup and deploy/restore: reads the database the application uses from CLAIMS_DB_URL,
# CLAIMS_DB_USER and CLAIMS_DB_PASSWORD, the variables that start it, and sets claims_pg (a libpq connection URI
# for pg_dump, pg_restore and psql) and claims_pg_database (the database's name).
# A JDBC URL is a libpq URI behind "jdbc:"; of its options only those libpq reads alike are kept, so that psql
# never stops at one it does not know. Anything else libpq takes from its own PG* variables and ~/.pgpass.

claims_pg_from_environment() {
    local url="${CLAIMS_DB_URL:-}" rest query="" kept="" pair ssl=""
    case "$url" in
        "")
            echo "CLAIMS_DB_URL is not set: the application then runs on its embedded H2 database, which these" >&2
            echo "scripts do not handle (stop the application and copy \$CLAIMS_DATA_DIR instead)." >&2
            return 1 ;;
        jdbc:postgresql://*) rest="${url#jdbc:postgresql://}" ;;
        jdbc:postgresql:*) rest="localhost/${url#jdbc:postgresql:}" ;;
        *)
            echo "CLAIMS_DB_URL is not a jdbc:postgresql: URL: ${url%%\?*}" >&2
            return 1 ;;
    esac
    if [[ "$rest" == *\?* ]]; then
        query="${rest#*\?}"
        rest="${rest%%\?*}"
    fi
    local -a pairs=()
    IFS='&' read -ra pairs <<< "$query"
    for pair in "${pairs[@]}"; do
        case "${pair%%=*}" in
            user | password | sslmode | sslrootcert) kept+="${kept:+&}$pair" ;;
            # pgjdbc's ssl=true checks the certificate and the host name, which is libpq's verify-full
            ssl) [ "${pair#*=}" = true ] && ssl="sslmode=verify-full" ;;
        esac
    done
    if [ -n "$ssl" ] && [[ "$kept" != *sslmode=* ]]; then
        kept+="${kept:+&}$ssl"
    fi
    claims_pg="postgresql://$rest${kept:+?$kept}"
    # pgjdbc, like libpq, takes the user's name for a URL that names no database
    claims_pg_database=""
    if [[ "$rest" == */* ]]; then
        claims_pg_database="${rest#*/}"
    fi
    claims_pg_database="${claims_pg_database:-${CLAIMS_DB_USER:-${PGUSER:-$(id -un)}}}"
    if [ -n "${CLAIMS_DB_USER:-}" ]; then
        export PGUSER="$CLAIMS_DB_USER"
    fi
    if [ -n "${CLAIMS_DB_PASSWORD:-}" ]; then
        export PGPASSWORD="$CLAIMS_DB_PASSWORD"
    fi
    export PGAPPNAME="${PGAPPNAME:-maizuru-claims-$(basename "$0")}"
}

claims_pg_require() {
    local tool
    for tool in "$@"; do
        command -v "$tool" > /dev/null || {
            echo "$tool is needed (apt-get install postgresql-client, of the server's major version or newer)" >&2
            return 1
        }
    done
}
