/** Bridge: version-neutral events and questions to and from the domain services over Kafka, with their fallbacks and metrics. */
package io.evzone.gateway.bridge;
