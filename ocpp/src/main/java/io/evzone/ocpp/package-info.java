/**
 * Spring-free OCPP-J for the EVZone gateway and simulator: versions, faults and their CALLERROR codes. The
 * sub-packages hold the RPC frames ({@code rpc}), the JSON-schema validator ({@code schema}), the typed codec
 * ({@code codec}) and the generated messages of each version ({@code v16}, {@code v201}).
 */
package io.evzone.ocpp;
