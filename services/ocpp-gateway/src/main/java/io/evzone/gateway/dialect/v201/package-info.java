/** OCPP 2.0.1: its handler, mapper, command operations and values. */
package io.evzone.gateway.dialect.v201;
