/** The OCPP gateway: chargers connect here over OCPP-J and meet the CSMS through Kafka (see the module's README.md). */
package io.evzone.gateway;
