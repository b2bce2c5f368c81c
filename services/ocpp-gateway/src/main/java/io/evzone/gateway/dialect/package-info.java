/** Dialect: every OCPP version through one generic CodecDialect; the version-neutral reports both versions share. */
package io.evzone.gateway.dialect;
