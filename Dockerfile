# Samspil as a container. Build the jar first (`mvn -B verify` or `.ci/run`), then `docker build -t samspil .`
# Without spring.datasource.url (SPRING_DATASOURCE_URL) the embedded PostgreSQL keeps its data in the volume
# /app/data; for more than one instance, point every instance at one external PostgreSQL instead.
FROM eclipse-temurin:17-jre

RUN groupadd --system samspil \
    && useradd --system --gid samspil --home-dir /app --no-create-home samspil \
    && mkdir -p /app/data \
    && chown -R samspil:samspil /app

WORKDIR /app
COPY --chown=samspil:samspil target/samspil-*.jar /app/samspil.jar

# Logs as one JSON object per line (Elastic Common Schema); set LOGGING_STRUCTURED_FORMAT_CONSOLE= for plain text.
ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
    SAMSPIL_DATA_DIR=/app/data

USER samspil
VOLUME /app/data
EXPOSE 8080

# curl is part of the eclipse-temurin Ubuntu images.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1

ENTRYPOINT ["java", "-jar", "/app/samspil.jar"]
