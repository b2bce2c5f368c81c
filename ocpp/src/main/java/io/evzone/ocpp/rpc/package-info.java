/**
 * The OCPP-J RPC layer: text frames to {@link io.evzone.ocpp.rpc.OcppFrame}s and back ({@link
 * io.evzone.ocpp.rpc.FrameCodec}), and the bookkeeping of CALLs awaiting an answer ({@link
 * io.evzone.ocpp.rpc.PendingCalls}). Payloads stay JSON here.
 */
package io.evzone.ocpp.rpc;
