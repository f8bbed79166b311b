// A static StringBuilder that is appended to and never reset (setLength/delete) grows without end.
class StaticStringBuilderAppend {
    // expect: UnboundedCollection
    private static final StringBuilder TRACE = new StringBuilder();

    static void trace(String step) {
        TRACE.append(step).append('\n');
    }

    static String text() {
        return TRACE.toString();
    }
}
