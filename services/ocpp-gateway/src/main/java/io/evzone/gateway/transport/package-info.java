/** Transport: the WebSocket endpoint, handshake (identity, Basic auth, TLS profile), subprotocol negotiation and node capacity. */
package io.evzone.gateway.transport;
