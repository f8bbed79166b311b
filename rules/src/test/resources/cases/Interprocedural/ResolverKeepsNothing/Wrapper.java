/** Delegates resolution to what it wraps. */
class Wrapper implements Part {
    private final Part inner;

    Wrapper(Part inner) {
        this.inner = inner;
    }

    @Override
    public void resolve(Context context) {
        inner.resolve(context);
    }
}
