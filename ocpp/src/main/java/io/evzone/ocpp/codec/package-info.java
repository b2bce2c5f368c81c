/**
 * Typed OCPP: {@link io.evzone.ocpp.codec.OcppCodec} turns frames into validated message records of one version
 * and back, driven by that version's {@link io.evzone.ocpp.codec.ActionRegistry}.
 */
package io.evzone.ocpp.codec;
