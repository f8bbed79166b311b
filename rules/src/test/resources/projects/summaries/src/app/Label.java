package app;

/** Its constructor only reads what it is given: a Label never holds its source. */
public class Label {
    private final String text;

    public Label(Peer source) {
        this.text = String.valueOf(source.hashCode());
    }

    public static Label of(Peer source) {
        return new Label(source);
    }

    public String text() {
        return text;
    }
}
