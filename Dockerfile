# The gateway image: built from this repository, run with an external broker (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY routes routes
COPY xsd xsd
COPY regios regios
RUN mvn -q -B package -DskipTests

FROM eclipse-temurin:17-jre
COPY --from=build /src/target/ijw-gateway.jar /app/ijw-gateway.jar
COPY --from=build /src/src/main/jvm/jvm.options /app/jvm.options
ENV IJW_DATADIR=/data
VOLUME /data
EXPOSE 8080 61616
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/ijw-gateway.jar"]
