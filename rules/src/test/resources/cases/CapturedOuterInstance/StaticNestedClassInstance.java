// A static nested class instance holds no outer instance, even when created in an instance method and stored statically.
class StaticNestedClassInstance {
    static Handler handler;
    private final String name;

    StaticNestedClassInstance(String name) {
        this.name = name;
    }

    static class Handler {
        private final String label;

        Handler(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    void init() {
        handler = new Handler(name);
    }
}
