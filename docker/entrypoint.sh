#!/bin/sh
# Starts Tổng kết in the Docker image (docker/Dockerfile); runs outside Docker too (bench/run startup, EntrypointIT).
#
# On a JVM with AOT caches (JDK 25, the image's), the first start records what the application loads, links and
# compiles while it runs, and writes an AOT cache when it stops gracefully (docker stop; a few seconds more). Every
# later start loads that cache: on two cores ready in about 3 s instead of about 4 s (docs/performance.md). The cache
# sits in TONGKET_AOT_DIR (a volume in docker/compose.yaml), named after the image's build id, so that a new image
# records its own. A cache cut short (the container killed while writing it) is found unusable and recorded again.
# TONGKET_AOT=off starts without any of this; a JVM without AOT caches (JDK 17) starts without it too.
#
# Settings: JAVA_OPTS (heap and collector), TONGKET_AOT_DIR, TONGKET_AOT, TONGKET_APP_DIR (default: this script's
# folder), JAVA (default: java on the PATH).
set -eu

APP_DIR=${TONGKET_APP_DIR:-$(cd "$(dirname "$0")" && pwd)}
cd "$APP_DIR"
JAVA=${JAVA:-java}
AOT_DIR=${TONGKET_AOT_DIR:-$APP_DIR/aot}
# The image writes build-id (its JVM and files); elsewhere the JVM's path, the application's jar and its libraries'
# names, sizes and times name it (reading all 214 MB of libraries would add about 0.3 s to every start; not ls -l,
# whose block counts change when a freshly written package reaches the disk).
BUILD_ID=$(cat build-id 2> /dev/null || { echo "$JAVA"; cat quarkus-run.jar; stat -c '%n %s %Y' lib/*; } | cksum | cut -d' ' -f1)
CACHE=$AOT_DIR/tongket-$BUILD_ID.aot
AOT_OPT=

if [ "${TONGKET_AOT:-auto}" != off ] && mkdir -p "$AOT_DIR" 2> /dev/null && [ -w "$AOT_DIR" ]; then
  if [ -f "$CACHE" ]; then
    AOT_OPT="-XX:AOTCache=$CACHE"
  elif [ -f "$CACHE.new" ] && "$JAVA" -XX:AOTMode=on -XX:AOTCache="$CACHE.new" -cp quarkus-run.jar -version > /dev/null 2>&1; then
    # Written in full by the previous start: checked once by a JVM that refuses to start without it.
    mv "$CACHE.new" "$CACHE"
    AOT_OPT="-XX:AOTCache=$CACHE"
  elif "$JAVA" -XX:AOTMode=off -version > /dev/null 2>&1; then
    # None yet, an unusable one, or another image's: this start records a new one.
    rm -f "$AOT_DIR"/tongket-*.aot "$AOT_DIR"/tongket-*.aot.new "$AOT_DIR"/tongket-*.aot.new.config
    AOT_OPT="-XX:AOTCacheOutput=$CACHE.new"
    echo "entrypoint: no AOT cache for this image yet; this run records one in $CACHE.new (written when it stops)" >&2
  fi
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$JAVA" ${JAVA_OPTS:-} $AOT_OPT -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar quarkus-run.jar
