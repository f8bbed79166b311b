package dev.refflow.samples.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's first experiment: a method builds a list of a million numbers and drops it. The only
 * reference lives in the method's frame, so the list is unreachable, and collectable, the moment foo returns.
 */
public final class FirstExperiment {
    private FirstExperiment() {
    }

    public static int foo() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            numbers.add(i);
        }
        return numbers.size();
    }
}
