package io.evzone.ocpp.schema;

/** Where the validator is in a JSON value: a cheap linked list, rendered only when a violation is found. */
final class Path {
    static final Path ROOT = new Path(null, null, -1);

    private final Path parent;
    private final String property;
    private final int index;

    private Path(Path parent, String property, int index) {
        this.parent = parent;
        this.property = property;
        this.index = index;
    }

    Path property(String name) {
        return new Path(this, name, -1);
    }

    Path index(int position) {
        return new Path(this, null, position);
    }

    String render() {
        if (parent == null) {
            return "";
        }
        String prefix = parent.render();
        if (property == null) {
            return prefix + "[" + index + "]";
        }
        return prefix.isEmpty() ? property : prefix + "." + property;
    }
}
