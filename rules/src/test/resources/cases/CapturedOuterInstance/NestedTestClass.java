// JUnit 5 @Nested test classes are exempt: a nested test instance that uses the outer test stores itself statically, not reported.
class NestedTestClass {
    @interface Nested {
    }

    static Object current;
    int base = 10;

    @Nested
    class WhenAddingBase {
        WhenAddingBase() {
            current = this;
        }

        int plusBase(int x) {
            return x + base;
        }
    }
}
