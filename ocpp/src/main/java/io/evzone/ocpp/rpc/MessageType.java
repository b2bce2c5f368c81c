package io.evzone.ocpp.rpc;

/** The RPC message types (OCPP-J 1.6 §4.1.3; OCPP 2.1 Part 4 §4.1.3 adds CALLRESULTERROR and SEND). */
public enum MessageType {
    CALL(2, 4, "CALL"),
    CALL_RESULT(3, 3, "CALLRESULT"),
    CALL_ERROR(4, 5, "CALLERROR"),
    CALL_RESULT_ERROR(5, 5, "CALLRESULTERROR"),
    SEND(6, 4, "SEND");

    private final int id;
    private final int elementCount;
    private final String specName;

    MessageType(int id, int elementCount, String specName) {
        this.id = id;
        this.elementCount = elementCount;
        this.specName = specName;
    }

    /** The name the specifications use, such as {@code CALLRESULT}. */
    @Override
    public String toString() {
        return specName;
    }

    /** The message type number, the frame's first element. */
    public int id() {
        return id;
    }

    /** How many elements a frame of this type has (OCPP-J 1.6 §4.2: a CALL always consists of 4 elements...). */
    public int elementCount() {
        return elementCount;
    }

    /** The type with the given number; {@code null} for a number no version defines. */
    static MessageType byId(int id) {
        for (MessageType type : values()) {
            if (type.id == id) {
                return type;
            }
        }
        return null;
    }
}
