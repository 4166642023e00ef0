#!/usr/bin/env bash
# Regenerate testdata/equivalence/<case>/pgdump.sql from <case>/schema.sql.
#
# For each case: drop and re-create a scratch database, load schema.sql with
# psql (ON_ERROR_STOP), then write `pg_dump --schema-only` of it to pgdump.sql.
# The scratch database is dropped again afterwards (unless --keep).
#
# Usage:
#   regenerate.sh [options] [case ...]          (no case = every case folder)
#
# Options:
#   -b, --bindir DIR     directory holding psql and pg_dump
#                        (default: directory of `psql` on PATH)
#   -h, --host HOST      server host or socket directory   (libpq default)
#   -p, --port PORT      server port                       (libpq default)
#   -U, --user USER      role to connect as; must be allowed to CREATE DATABASE
#                        and CREATE EXTENSION (a superuser is simplest)
#   -d, --maintenance-db DB
#                        existing database used to drop/create scratch
#                        databases (default: postgres)
#   --prefix P           scratch database name prefix (default: schemadiff_eq_)
#   --restrict-key KEY   pass --restrict-key to pg_dump (PostgreSQL >= 15.14/
#                        16.10/17.6) so the \restrict lines are stable; by
#                        default pg_dump picks a random key on every run
#   --check              do not write anything: load each committed pgdump.sql
#                        into a fresh database, dump it again and compare with
#                        the committed file (\restrict/\unrestrict lines are
#                        ignored since their key is random)
#   --keep               keep the scratch databases
#
# PGPASSWORD / ~/.pgpass and the other libpq environment variables work as
# usual.  Example (Debian, local cluster, run as the postgres OS user):
#   su postgres -c './regenerate.sh -b /usr/lib/postgresql/15/bin'
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bindir=""
conn=()
maint_db="postgres"
prefix="schemadiff_eq_"
restrict_key=""
check=0
keep=0
cases=()

while [ $# -gt 0 ]; do
    case "$1" in
        -b|--bindir) bindir="$2"; shift 2 ;;
        -h|--host) conn+=(-h "$2"); shift 2 ;;
        -p|--port) conn+=(-p "$2"); shift 2 ;;
        -U|--user) conn+=(-U "$2"); shift 2 ;;
        -d|--maintenance-db) maint_db="$2"; shift 2 ;;
        --prefix) prefix="$2"; shift 2 ;;
        --restrict-key) restrict_key="$2"; shift 2 ;;
        --check) check=1; shift ;;
        --keep) keep=1; shift ;;
        --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option: $1" >&2; exit 2 ;;
        *) cases+=("$1"); shift ;;
    esac
done

if [ -z "$bindir" ]; then
    bindir="$(dirname "$(command -v psql)")"
fi
psql="$bindir/psql"
pg_dump="$bindir/pg_dump"
[ -x "$psql" ] || { echo "no psql in $bindir" >&2; exit 2; }
[ -x "$pg_dump" ] || { echo "no pg_dump in $bindir" >&2; exit 2; }

if [ ${#cases[@]} -eq 0 ]; then
    for d in "$here"/*/; do
        [ -f "$d/schema.sql" ] && cases+=("$(basename "$d")")
    done
fi

dump_opts=(--schema-only)
[ -n "$restrict_key" ] && dump_opts+=(--restrict-key="$restrict_key")

# psql without ~/.psqlrc, quiet, stop at the first error
run_psql() { PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" "$psql" -X -q -v ON_ERROR_STOP=1 ${conn[@]+"${conn[@]}"} "$@"; }

fresh_db() {
    run_psql -d "$maint_db" -c "drop database if exists \"$1\"" \
                            -c "create database \"$1\" template template0 encoding 'UTF8'"
}

# roles a case's schema names (one per line in <case>/roles): cluster-wide, made once, never dropped
make_roles() {
    [ -f "$1/roles" ] || return 0
    local r
    while read -r r; do
        [ -n "$r" ] || continue
        run_psql -d "$maint_db" -c "do \$\$ begin if not exists (select from pg_roles where rolname = '$r') then create role \"$r\"; end if; end \$\$"
    done < "$1/roles"
}

drop_db() {
    [ "$keep" -eq 1 ] || run_psql -d "$maint_db" -c "drop database if exists \"$1\""
}

status=0
for c in "${cases[@]}"; do
    dir="$here/$c"
    db="${prefix}${c}"
    make_roles "$dir"
    if [ "$check" -eq 0 ]; then
        [ -f "$dir/schema.sql" ] || { echo "$c: no schema.sql" >&2; exit 2; }
        fresh_db "$db"
        run_psql -d "$db" -f "$dir/schema.sql"
        "$pg_dump" ${conn[@]+"${conn[@]}"} "${dump_opts[@]}" -d "$db" -f "$dir/pgdump.sql"
        drop_db "$db"
        echo "$c: wrote pgdump.sql"
    else
        [ -f "$dir/pgdump.sql" ] || { echo "$c: no pgdump.sql" >&2; exit 2; }
        tmp="$(mktemp)"
        fresh_db "$db"
        run_psql -d "$db" -f "$dir/pgdump.sql" >/dev/null
        "$pg_dump" ${conn[@]+"${conn[@]}"} "${dump_opts[@]}" -d "$db" -f "$tmp"
        drop_db "$db"
        if diff <(grep -v -E '^\\(un)?restrict ' "$dir/pgdump.sql") \
                <(grep -v -E '^\\(un)?restrict ' "$tmp") >/dev/null; then
            echo "$c: pgdump.sql reproduces"
        else
            echo "$c: pgdump.sql does NOT reproduce:" >&2
            diff <(grep -v -E '^\\(un)?restrict ' "$dir/pgdump.sql") \
                 <(grep -v -E '^\\(un)?restrict ' "$tmp") >&2 || true
            status=1
        fi
        rm -f "$tmp"
    fi
done
exit $status
