#!/usr/bin/env bash
# Cathedra on two nodes behind nginx (sticky sessions) and one MariaDB, all on loopback, then:
#   1. the registration rush through the proxy, both nodes serving: every invariant checked in the database;
#   2. a node killed with SIGKILL in the middle of a second rush, restarted: no seat oversold, counts = rows;
#   3. the database stopped and restarted under load: users told "temporarily unavailable", the nodes recover alone.
# Usage: scripts/cluster-test.sh            (needs a JDK 21+; installs nginx from Debian if missing)
# Everything lives in target/cluster/ (logs, data); ports 8090 (proxy), 8091/8092 (nodes), 3407 (MariaDB).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/cluster
DB_PORT=3407
PROXY=8090
JDBC="jdbc:mariadb://127.0.0.1:$DB_PORT/cathedra"

if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME=$jdk; break
    fi
  done
fi
JAVA=$JAVA_HOME/bin/java
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "Installing nginx from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

pids=()
cleanup() {
  [ -f "$OUT/nginx.pid" ] && kill "$(cat "$OUT/nginx.pid")" 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "${DB_PID:-}" ] && kill "$DB_PID" 2>/dev/null || true
  pkill -TERM -f "$OUT/db-base/bin/mariadbd" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

# leftovers of an interrupted run
pkill -f "org.cathedra.load.StandaloneMariaDb" 2>/dev/null || true
pkill -f "$OUT/cathedra.jar" 2>/dev/null || true
[ -f "$OUT/nginx.pid" ] && kill "$(cat "$OUT/nginx.pid")" 2>/dev/null || true
sleep 2
pkill -9 -f "$OUT/db-base/bin/mariadbd" 2>/dev/null || true
rm -rf "$OUT"; mkdir -p "$OUT"
# the production build: Vaadin's pre-compiled bundle, no development server
./mvnw -B -q -Pproduction package -DskipTests
JAR=$(ls target/cathedra-*.jar | head -n 1)
cp "$JAR" "$OUT/cathedra.jar"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/cp.txt")"
tool() { "$JAVA" -cp "$CP" "$@"; }

start_db() { # log file name
  tool org.cathedra.load.StandaloneMariaDb "$OUT/db" $DB_PORT >"$OUT/$1" 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 180); do grep -q "MariaDB ready" "$OUT/$1" 2>/dev/null && return 0; sleep 1; done
  echo "MariaDB did not start, see $OUT/$1" >&2; exit 1
}

stop_db() { # as a service manager stops it: SIGTERM to the server, wait until its port is closed
  pkill -TERM -f "$OUT/db-base/bin/mariadbd" || true
  for _ in $(seq 1 120); do
    ss -ltn 2>/dev/null | grep -q ":$DB_PORT " || break; sleep 0.5
  done
  kill "$DB_PID" 2>/dev/null || true; wait "$DB_PID" 2>/dev/null || true
}

start_node() { # name port
  "$JAVA" -Xmx768m -jar "$OUT/cathedra.jar" --server.port="$2" --cathedra.node="$1" \
    --spring.datasource.url="$JDBC" --spring.datasource.username=root --spring.datasource.password= \
    --cathedra.embedded-db.enabled=false --vaadin.productionMode=true >>"$OUT/$1.log" 2>&1 &
  eval "PID_$1=$!"
  pids+=("$!")
}

wait_node() { # name port
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null 2>&1 && return 0; sleep 1
  done
  echo "node $1 did not start, see $OUT/$1.log" >&2; exit 1
}

echo "== MariaDB on $DB_PORT"
start_db db.log
echo "== node1 (writes the demo data into the empty database), then node2"
start_node node1 8091; wait_node node1 8091
start_node node2 8092; wait_node node2 8092
sed -e "s/app1:8080/127.0.0.1:8091/g" -e "s/app2:8080/127.0.0.1:8092/g" -e "s/listen 80;/listen 127.0.0.1:$PROXY;/" \
  docker/nginx-cluster.conf >"$OUT/cathedra.conf"
cat >"$OUT/nginx.conf" <<CONF
worker_processes 1;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $OUT/nginx-tmp;
  proxy_temp_path $OUT/nginx-tmp;
  include $OUT/cathedra.conf;
}
CONF
mkdir -p "$OUT/nginx-tmp"
"$NGINX" -c "$OUT/nginx.conf" -p "$OUT"
echo "== proxy on $PROXY"

failed=0
echo "== 1. registration rush through the proxy"
if ! tool org.cathedra.load.ClusterRush --base "http://127.0.0.1:$PROXY" --db "$JDBC?user=root" \
    --programme RES-GEN | tee "$OUT/rush1.txt"; then failed=1; fi
grep -q "node1" "$OUT/rush1.txt" && grep -q "node2" "$OUT/rush1.txt" || { echo "the rush did not reach both nodes"; failed=1; }

echo "== 2. SIGKILL node2 in the middle of a rush, restart it"
tool org.cathedra.load.ClusterRush --base "http://127.0.0.1:$PROXY" --db "$JDBC?user=root" \
    --programme RES-LABGEN >"$OUT/rush2.txt" 2>&1 &
RUSH=$!
for _ in $(seq 1 300); do grep -q "; go" "$OUT/rush2.txt" && break; sleep 0.2; done
sleep 0.3
kill -9 "$PID_node2"; echo "node2 killed at $(date +%T)"
wait $RUSH || true
cat "$OUT/rush2.txt"
start_node node2 8092; wait_node node2 8092
echo "node2 back at $(date +%T)"
tool org.cathedra.load.ClusterRush --check-only true --db "$JDBC?user=root" | tee "$OUT/check2.txt" || failed=1

echo "== 3. database stopped and restarted under load"
tool org.cathedra.load.LoadDriver --base "http://127.0.0.1:$PROXY" --users 60 --ramp 10 --duration 80 \
    --think-min 1000 --think-max 2000 --db "$JDBC?user=root" >"$OUT/load3.txt" 2>&1 &
LOAD=$!
sleep 30
stop_db; echo "MariaDB stopped at $(date +%T)"
sleep 15
start_db db-restart.log; echo "MariaDB back at $(date +%T)"
wait $LOAD || true
cat "$OUT/load3.txt" | tail -25
grep -q "told: temporarily unavailable" "$OUT/load3.txt" \
  || { echo "nobody was told that the service was temporarily unavailable while the database was down"; failed=1; }
echo "-- after the restart, a fresh load must see no error at all"
tool org.cathedra.load.LoadDriver --base "http://127.0.0.1:$PROXY" --users 20 --ramp 5 --duration 20 \
    --think-min 500 --think-max 1000 --db "$JDBC?user=root" | tee "$OUT/load3-after.txt" | tail -6
grep -q "errors: 0$" "$OUT/load3-after.txt" || { echo "errors after the database came back"; failed=1; }
tool org.cathedra.load.ClusterRush --check-only true --db "$JDBC?user=root" || failed=1

if [ $failed -ne 0 ]; then echo "CLUSTER TEST FAILED (logs in $OUT)"; exit 1; fi
echo "CLUSTER TEST PASSED (logs in $OUT)"
