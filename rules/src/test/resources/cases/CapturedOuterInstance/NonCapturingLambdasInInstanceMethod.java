// In an instance method, lambdas using only parameters and statics, static and unbound method references capture no `this`.
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

class NonCapturingLambdasInInstanceMethod {
    static Function<String, Integer> parser;
    static Supplier<Long> clock;
    static ToIntFunction<String> length;
    static Consumer<String> printer;
    static Runnable counter;
    private static int created;

    void configure(int radix) {
        parser = text -> Integer.parseInt(text, radix);
        clock = System::nanoTime;
        length = String::length;
        printer = System.out::println;
        counter = NonCapturingLambdasInInstanceMethod::count;
    }

    private static void count() {
        created++;
    }
}
