/** OCPP 1.6J with the security extension: its handler, mapper, command operations and values. */
package io.evzone.gateway.dialect.v16;
