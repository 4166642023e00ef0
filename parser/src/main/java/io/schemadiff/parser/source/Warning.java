package io.schemadiff.parser.source;

/** Something read that the model does not hold: reported with its place, never silently dropped. */
public record Warning(Source source, int offset, String message) {
    /** {@code file:line:col: warning: message}. */
    public String render() {
        return source.location(offset) + ": warning: " + InputError.printable(message);
    }

    @Override
    public String toString() {
        return render();
    }
}
