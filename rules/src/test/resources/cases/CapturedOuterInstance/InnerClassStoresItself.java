// An ordinary inner class (not a JUnit @Nested test) that uses an outer field stores itself in a static field.
class InnerClassStoresItself {
    static Object current;
    int base = 10;

    class Scenario {
        Scenario() {
            // expect: CapturedOuterInstance
            current = this;
        }

        int plusBase(int x) {
            return x + base;
        }
    }
}
