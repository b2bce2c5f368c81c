/** Presence: the chargers connected to this node, their keep-alive, and where each charger is connected across nodes (Redis). */
package io.evzone.gateway.presence;
