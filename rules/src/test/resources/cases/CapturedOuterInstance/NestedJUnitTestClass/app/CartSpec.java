// A JUnit 5 @Nested class (imported org.junit.jupiter.api.Nested) that uses the outer test and stores itself statically is exempt.
package app;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CartSpec {
    static Object lastContext;
    int items;

    @Nested
    class WithOneItem {
        WithOneItem() {
            lastContext = this;
        }

        @Test
        void addsTheItem() {
            items++;
        }
    }
}
