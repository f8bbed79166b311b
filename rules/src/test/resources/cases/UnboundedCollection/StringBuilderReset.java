// A static StringBuilder that is reset (setLength) or trimmed (delete) after appends does not grow without end.
class StringBuilderReset {
    private static final StringBuilder LINE = new StringBuilder();
    private static final StringBuilder WINDOW = new StringBuilder();

    static String format(String a, String b) {
        LINE.setLength(0);
        LINE.append(a).append(' ').append(b);
        return LINE.toString();
    }

    static void slide(char c) {
        WINDOW.append(c);
        if (WINDOW.length() > 80) {
            WINDOW.delete(0, WINDOW.length() - 80);
        }
    }
}
