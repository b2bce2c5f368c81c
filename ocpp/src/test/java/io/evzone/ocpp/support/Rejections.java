package io.evzone.ocpp.support;

import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.rpc.OcppFrame;

/** Decodes a frame that must be rejected, and returns the CALLERROR to send back. */
public final class Rejections {
    private Rejections() {}

    public static <Q> OcppFrame.CallError replyTo(OcppCodec<Q, ?> codec, String frame) {
        Inbound<Q> inbound = codec.decode(frame);
        if (inbound instanceof Inbound.Rejected<Q> rejected) {
            return rejected.reply();
        }
        throw new AssertionError("Expected a rejection but got " + inbound);
    }

    public static <Q> Q accepted(OcppCodec<Q, ?> codec, String frame) {
        Inbound<Q> inbound = codec.decode(frame);
        if (inbound instanceof Inbound.Call<Q> call) {
            return call.request();
        }
        throw new AssertionError("Expected a valid CALL but got " + inbound);
    }
}
