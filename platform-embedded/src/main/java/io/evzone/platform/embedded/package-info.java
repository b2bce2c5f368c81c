/**
 * Real PostgreSQL, Kafka and Redis servers for one machine: the launcher's default infrastructure, and what
 * integration tests run against.
 *
 * <pre>{@code
 * try (var infrastructure = EmbeddedInfrastructure.start(EmbeddedSettings.fromEnvironment(System::getenv))) {
 *     Map<String, String> env = infrastructure.environment(); // DATABASE_URL, KAFKA_BROKERS, REDIS_HOST, ...
 *     // start the services with env
 * }
 * }</pre>
 *
 * <p>PostgreSQL and Redis run as child processes from binaries shipped in jars; Kafka (a KRaft broker and controller
 * in one node) runs inside this JVM. All of them listen on localhost only and keep their data under one directory,
 * so a restart finds every row, topic, offset and key again.
 */
package io.evzone.platform.embedded;
