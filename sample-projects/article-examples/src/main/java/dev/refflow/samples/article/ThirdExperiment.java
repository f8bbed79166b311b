package dev.refflow.samples.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's third experiment: two lists added to each other and returned. Reference counting alone
 * would never free them; a tracing collector frees them only once the caller lets go of both.
 */
public final class ThirdExperiment {
    private ThirdExperiment() {
    }

    public static List<Object> foo() {
        List<Object> x = new ArrayList<>();
        List<Object> y = new ArrayList<>();
        x.add(y);
        y.add(x);
        return x;
    }
}
