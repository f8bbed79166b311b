// A key helper in another file: it turns the objects it is given into the names of their classes, then asks a
// generated key factory for a key over those names. Whatever objects callers pass, the key says only which classes
// they are: class-scale, not workload-scale.
final class TypeSignature {
    interface KeyMaker {
        Object keyOf(Object[] parts);
    }

    private static final KeyMaker MAKER = java.util.Arrays::asList;

    private TypeSignature() {
    }

    static Object of(Object[] values) {
        return MAKER.keyOf(classNames(values));
    }

    private static String[] classNames(Object[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            names[i] = v == null ? null : v.getClass().getName();
        }
        return names;
    }

    static Object ofContents(Object[] values) {
        return MAKER.keyOf(copy(values));
    }

    private static Object[] copy(Object[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
