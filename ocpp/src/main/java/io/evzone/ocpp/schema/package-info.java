/**
 * A JSON-schema validator for exactly the draft-07 keywords the OCA's OCPP schemas use, compiled once per schema
 * and free of reflection on the validation path.
 */
package io.evzone.ocpp.schema;
