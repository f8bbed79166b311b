import java.util.ArrayList;
import java.util.List;

/** Resolves by building lookups from what the context says; the lookup's constructor only reads the context. */
class Labels implements Part {
    private final List<Lookup> lookups = new ArrayList<>();

    @Override
    public void resolve(Context context) {
        lookups.add(Lookup.of(context));
    }
}
