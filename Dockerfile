# Customer Service Lifecycle (Camunda 7.24 / Spring Boot 3.5) - container image.
#   docker build -t customer-service-lifecycle .
# Normally started through docker-compose.yml (PostgreSQL + Mailpit + app).

# ---------------------------------------------------------------------------
# Stage 1: build the Spring Boot fat jar
# ---------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependency cache layer: only re-resolved when pom.xml changes.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline

# Sources plus the BPMN/DMN models and forms (pom.xml adds processes/ and forms/
# as classpath resources, so the engine deploys them from the jar).
# Note: both directories must exist in the build context (git does not keep
# empty directories - keep at least one file, e.g. a .gitkeep, in each).
COPY src ./src
COPY processes ./processes
COPY forms ./forms
RUN mvn -B -q -DskipTests package

# ---------------------------------------------------------------------------
# Stage 2: runtime image (JRE only)
# ---------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# The Ubuntu-based eclipse-temurin images ship curl; install it only if a future
# base image should no longer contain it (used by HEALTHCHECK below).
RUN set -eux; \
    if ! command -v curl >/dev/null 2>&1; then \
        apt-get update; \
        apt-get install -y --no-install-recommends curl; \
        rm -rf /var/lib/apt/lists/*; \
    fi; \
    groupadd --system --gid 10001 csl; \
    useradd --system --uid 10001 --gid csl --home-dir /app --no-create-home --shell /usr/sbin/nologin csl; \
    mkdir -p /app; \
    chown csl:csl /app

WORKDIR /app
# Only the repackaged fat jar matches *.jar (the plain jar is *.jar.original).
COPY --from=build --chown=csl:csl /build/target/*.jar /app/app.jar

ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"

USER csl:csl
EXPOSE 8080

# Camunda + Flyway need a while on first start (schema creation) - generous start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health >/dev/null || exit 1

# issue 16: memory-bounded JVM (RSS about 480 MB after start, ready in about 18 s on 2 cores); see README
# "JVM and pool settings". JAVA_OPTS replaces them.
ENV JAVA_OPTS="-Xmx512m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
