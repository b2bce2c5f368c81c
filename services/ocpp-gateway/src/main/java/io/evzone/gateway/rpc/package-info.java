/** RPC: one charger's connection: message assembly and size limit, rate limit, CALL correlation in both directions, resend answers, the serial outbound queue, call timeouts, and the OcppDialect port the versions implement. */
package io.evzone.gateway.rpc;
