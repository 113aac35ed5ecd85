# Sourced by both launchers (communitysim and spark/communitysim-spark), which define die() first:
# picks the JVM and reads its version without starting it. Sets
#   java          the java to run: JAVA_HOME's when set (as Maven and spark-submit pick it), else the PATH's;
#   java_version  its JAVA_VERSION, from the JDK's release file, else from `java -version`; empty if unreadable;
#   java_feature  its feature release (17, 21, 25, ...; 8 for 1.8.0_x), empty if unreadable;
#   java_runtime  its JAVA_RUNTIME_VERSION (else java_version), fit for a file name.
if [ -n "${JAVA_HOME:-}" ]; then
  java="$JAVA_HOME/bin/java"
  [ -x "$java" ] || die "JAVA_HOME is $JAVA_HOME, which has no bin/java; unset it or point it at a JDK (17 or later)"
else
  java="$(command -v java || true)"
  [ -n "$java" ] || die "Java 17 is needed: apt-get install -y openjdk-17-jdk-headless"
fi
java_home="$(dirname "$(dirname "$(readlink -f "$java")")")"
java_release() { sed -n "s/^$1=\"\(.*\)\"\$/\1/p" "$java_home/release" 2>/dev/null | head -1; }
java_version="$(java_release JAVA_VERSION)"
[ -n "$java_version" ] || java_version="$("$java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -1)"
java_feature="${java_version%%[.+_-]*}"
[ "$java_feature" = 1 ] && java_feature="$(echo "$java_version" | cut -d. -f2)"
case "$java_feature" in *[!0-9]*) java_feature="" ;; esac
java_runtime="$(java_release JAVA_RUNTIME_VERSION)"
java_runtime="${java_runtime:-$java_version}"
java_runtime="${java_runtime//[^A-Za-z0-9._-]/_}"
