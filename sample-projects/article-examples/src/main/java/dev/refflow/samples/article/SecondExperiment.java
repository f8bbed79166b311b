package dev.refflow.samples.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's second experiment: the same list, returned. The caller's reference keeps all of it alive
 * after foo returns.
 */
public final class SecondExperiment {
    private SecondExperiment() {
    }

    public static List<Integer> foo() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
