#!/usr/bin/env bash
# sqlmap and wapiti (Debian packages) against a running Cathedra on loopback: the sign-in form, a real private
# calendar feed URL, and the pages a signed-in user reaches. Reports go to target/security/.
# Usage: scripts/security-scan.sh [base-url] [feed-url]
#   base-url defaults to http://127.0.0.1:8080 (start the app first: ./mvnw spring-boot:run, or the production jar)
#   feed-url defaults to the demo student's own feed: signed in over Vaadin's protocol (org.cathedra.load.FeedAddress),
#   "My timetable" opened and the address created if there is none (needs a JDK 21+ and the demo sign-ins)
set -uo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://127.0.0.1:8080}
FEED=${2:-}
OUT=target/security
rm -rf "$OUT"; mkdir -p "$OUT"
if ! command -v sqlmap >/dev/null || ! command -v wapiti >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlmap wapiti >/dev/null
fi

# the feed address first: sqlmap's guesses on the sign-in form lock the student's account for a while
if [ -z "$FEED" ]; then
  if [ -z "${JAVA_HOME:-}" ]; then
    for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
      if [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
        export JAVA_HOME=$jdk; break
      fi
    done
  fi
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
  FEED=$("$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" \
    org.cathedra.load.FeedAddress "$BASE" student cathedra-demo-2026 2>"$OUT/feed-address.txt" | tail -n 1)
  echo "== the demo student's calendar feed: ${FEED:-not found, see $OUT/feed-address.txt}"
fi

echo "== sqlmap: the sign-in form (user name and password)"
sqlmap -u "$BASE/login" --data="username=student&password=guess" --method=POST -p "username,password" --batch --level=2 --risk=1 \
  --flush-session --output-dir="$OUT/sqlmap" --disable-coloring >"$OUT/sqlmap-login.txt" 2>&1
grep -E "is vulnerable|might be injectable|all tested parameters do not appear to be injectable|no parameter\(s\) found" \
  "$OUT/sqlmap-login.txt" | sort -u

if [ -n "$FEED" ]; then
  echo "== sqlmap: the calendar feed token (the path segment, marked with *)"
  # the token is a path segment: '*' marks it as the injection point
  sqlmap -u "${FEED%.ics}*.ics" --batch --level=2 --risk=1 --flush-session --output-dir="$OUT/sqlmap" --disable-coloring \
    >"$OUT/sqlmap-feed.txt" 2>&1
  grep -E "is vulnerable|might be injectable|do not appear to be injectable|no parameter\(s\) found|URI parameter" \
    "$OUT/sqlmap-feed.txt" | sort -u
fi

echo "== wapiti: signed in as the administrator (cookie from the sign-in form), every module that applies"
wapiti-getcookie -u "$BASE/login" -c "$OUT/cookies.json" -d "username=admin&password=cathedra-demo-2026" \
  >"$OUT/wapiti-cookie.txt" 2>&1
wapiti -u "$BASE/" --scope folder -c "$OUT/cookies.json" --flush-session \
  --max-scan-time 600 -f txt -o "$OUT/wapiti.txt" >"$OUT/wapiti-run.txt" 2>&1
sed -n '/Summary of vulnerabilities/,/^\*\*\*\*\*\*\*\*\*/p' "$OUT/wapiti.txt" | head -40
grep -E -i "vulnerability|anomal" "$OUT/wapiti.txt" | grep -v ": *0$" | head -20
echo "Reports in $OUT"
