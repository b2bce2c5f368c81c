package io.evzone.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.codec.OutgoingCall;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.ocpp.rpc.ParseResult;
import java.util.function.Supplier;

/**
 * The CSMS side of an in-memory connection, driven step by step by a test: read the charger's next CALL, answer
 * it, send a command and read the charger's answer.
 */
public final class ScriptedCsms<Q, R> {
    private final OcppCodec<Q, R> codec;
    private final Supplier<FakeDialer.FakeLink> link;
    private int read;
    private FakeDialer.FakeLink current;

    public ScriptedCsms(OcppCodec<Q, R> csmsCodec, Supplier<FakeDialer.FakeLink> link) {
        this.codec = csmsCodec;
        this.link = link;
    }

    public static <Q, R> ScriptedCsms<Q, R> of(OcppCodec<Q, R> csmsCodec, FakeDialer dialer) {
        assertThat(csmsCodec.role()).isEqualTo(Role.CSMS);
        return new ScriptedCsms<>(csmsCodec, dialer::last);
    }

    private FakeDialer.FakeLink link() {
        FakeDialer.FakeLink now = link.get();
        if (now != current) {
            current = now;
            read = 0;
        }
        return now;
    }

    /** Whether the charger sent a frame not yet read. */
    public boolean hasNext() {
        return read < link().sent().size();
    }

    private String nextFrame() {
        FakeDialer.FakeLink l = link();
        assertThat(read)
                .as("the charger has sent another frame")
                .isLessThan(l.sent().size());
        return l.sent().get(read++);
    }

    /** The charger's next frame, which must be a valid CALL of the given type. */
    public <T extends Q> Inbound.Call<Q> expectCall(Class<T> type) {
        String frame = nextFrame();
        Inbound<Q> inbound = codec.decode(frame);
        assertThat(inbound).as(frame).isInstanceOf(Inbound.Call.class);
        Inbound.Call<Q> call = (Inbound.Call<Q>) inbound;
        assertThat(call.request()).as(frame).isInstanceOf(type);
        return call;
    }

    public <T extends Q> T expect(Class<T> type) {
        return type.cast(expectCall(type).request());
    }

    /** Reads the next CALL of the given type and answers it. */
    public <T extends Q> T answerNext(Class<T> type, R response) {
        Inbound.Call<Q> call = expectCall(type);
        answer(call, response);
        return type.cast(call.request());
    }

    public void answer(Inbound.Call<Q> call, R response) {
        link().deliver(codec.encodeResult(call.messageId(), response));
    }

    /** Sends a command and returns the charger's (valid) answer. */
    public <T extends R> T command(Q request, Class<T> responseType) {
        OutgoingCall call = codec.encodeCall(request);
        link().deliver(call.frame());
        String frame = nextFrame();
        ParseResult parsed = codec.frames().parse(frame);
        assertThat(parsed).as(frame).isInstanceOf(ParseResult.Parsed.class);
        OcppFrame reply = ((ParseResult.Parsed) parsed).frame();
        assertThat(reply).as(frame).isInstanceOf(OcppFrame.CallResult.class);
        assertThat(reply.messageId()).isEqualTo(call.messageId());
        Decoded<T> decoded = codec.decodeResult(((OcppFrame.CallResult) reply).payload(), responseType);
        assertThat(decoded).as(frame).isInstanceOf(Decoded.Valid.class);
        return ((Decoded.Valid<T>) decoded).message();
    }
}
