// Positive: compiled for release 11, an inner class whose body never uses its outer instance stores its own this in a static; that this holds this$0, so the static keeps the outer object too.
// refflow: languageLevel=11
class InnerClassStoresItselfRelease11 {
    static Object current;
    private final int[] samples = new int[4096];

    class Scenario {
        private final String name;

        Scenario(String name) {
            this.name = name;
            // expect: CapturedOuterInstance warning
            current = this;
        }

        String name() {
            return name;
        }
    }

    int sampleCount() {
        return samples.length;
    }
}
