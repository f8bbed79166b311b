// Negative: a Guice @Provides method without @Singleton makes a new tracker for each injection point.
import com.google.inject.Provides;
import java.util.ArrayList;
import java.util.List;

class PageTracker {
    private final List<String> visits = new ArrayList<>();

    void visit(String page) {
        visits.add(page + System.nanoTime());
    }
}

class UnscopedProviderResult {
    @Provides
    PageTracker tracker() {
        return new PageTracker();
    }
}
