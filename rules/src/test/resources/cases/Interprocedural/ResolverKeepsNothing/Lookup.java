class Lookup {
    private final String locale;

    private Lookup(Context context) {
        this.locale = context.locale();
    }

    static Lookup of(Context context) {
        return new Lookup(context);
    }
}
