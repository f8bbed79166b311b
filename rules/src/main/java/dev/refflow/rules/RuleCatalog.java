package dev.refflow.rules;

import dev.refflow.rules.checks.CapturedOuterInstance;
import dev.refflow.rules.checks.CyclicReference;
import dev.refflow.rules.checks.ExplicitGcCall;
import dev.refflow.rules.checks.LargeAllocationReturned;
import dev.refflow.rules.checks.LargeStaticAllocation;
import dev.refflow.rules.checks.ListenerAddedPerCall;
import dev.refflow.rules.checks.ListenerNeverRemoved;
import dev.refflow.rules.checks.StaticReferenceToInstance;
import dev.refflow.rules.checks.ThreadLocalNotRemoved;
import dev.refflow.rules.checks.UnboundedCollection;
import dev.refflow.rules.checks.UnusedSuppression;
import dev.refflow.rules.checks.WeakKeyRetainedByValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Every rule RefFlow has, in report order, with its descriptor. */
public final class RuleCatalog {
    private static final List<Rule> RULES = List.of(
            new CyclicReference(),
            new LargeAllocationReturned(),
            new LargeStaticAllocation(),
            new UnboundedCollection(),
            new WeakKeyRetainedByValue(),
            new ListenerNeverRemoved(),
            new ListenerAddedPerCall(),
            new CapturedOuterInstance(),
            new StaticReferenceToInstance(),
            new ThreadLocalNotRemoved(),
            new ExplicitGcCall(),
            new UnusedSuppression());

    private static final List<RuleDescriptor> DESCRIPTORS = RULES.stream().map(RuleCatalog::describe).toList();

    private RuleCatalog() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    public static List<RuleDescriptor> descriptors() {
        return DESCRIPTORS;
    }

    /** The rule with this ID, or with this former ID (a rule renamed since). */
    public static Optional<RuleDescriptor> find(String id) {
        String current = currentId(id);
        return DESCRIPTORS.stream().filter(d -> d.id().equals(current)).findFirst();
    }

    /** The rule's ID today for an ID a user wrote, which may be a former one; unknown IDs are returned as they are. */
    public static String currentId(String id) {
        for (Rule r : RULES) {
            for (String former : r.getClass().getAnnotation(RuleInfo.class).formerIds()) {
                if (former.equals(id)) {
                    return r.id();
                }
            }
        }
        return id;
    }

    /** The IDs a rule had before it was renamed, oldest last. */
    public static List<String> formerIds(String id) {
        for (Rule r : RULES) {
            if (r.id().equals(id)) {
                return List.of(r.getClass().getAnnotation(RuleInfo.class).formerIds());
            }
        }
        return List.of();
    }

    /**
     * The rule ID nearest to a misspelled one ({@code CyclicRefernce}: {@code CyclicReference}), compared without case
     * by edit distance, when it is near enough to be meant (at most a third of its letters differ); otherwise null.
     */
    public static String nearestId(String written) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> candidates = new java.util.ArrayList<>(ids());
        for (Rule r : RULES) {
            candidates.addAll(List.of(r.getClass().getAnnotation(RuleInfo.class).formerIds()));
        }
        for (String id : candidates) {
            int d = editDistance(written.toLowerCase(java.util.Locale.ROOT), id.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = currentId(id);
            }
        }
        return best != null && bestDistance <= Math.max(2, written.length() / 3) ? best : null;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    public static List<String> ids() {
        return DESCRIPTORS.stream().map(RuleDescriptor::id).toList();
    }

    private static RuleDescriptor describe(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(rule.getClass() + " has no @RuleInfo");
        }
        String resource = "docs/" + rule.id() + ".md";
        try (InputStream in = RuleCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing documentation page " + resource);
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RuleDescriptor(rule.id(), info.summary(), info.level(), RuleDoc.parse(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
