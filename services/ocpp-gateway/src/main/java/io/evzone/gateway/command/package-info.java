/** Commands: version-neutral charger commands from Kafka and REST, routed to the node holding the charger, recorded with their outcome. */
package io.evzone.gateway.command;
