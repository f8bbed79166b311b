import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Near misses for switch arms as guards. A caller that passes a static final alias may pass the very constant the arm
// takes (here it does), and a parameter the method reassigns before the switch no longer says what the caller
// passed: neither is evidence that a per-request caller stays out of the arm, so both maps are warnings.
class SwitchArmThroughAliasOrReassignment {
    enum Tier {
        FREE, PAID
    }

    static final Tier DEFAULT_TIER = Tier.PAID;

    // expect: UnboundedCollection warning
    private static final Map<String, int[]> BY_ACCOUNT = new HashMap<>();
    // expect: UnboundedCollection warning
    private static final Map<String, int[]> BY_PLAN = new HashMap<>();

    void start(List<String> accounts) {
        for (String a : accounts) {
            track(Tier.PAID, a);
        }
    }

    int[] handle(String account) {
        return track(DEFAULT_TIER, account);
    }

    static int[] track(Tier tier, String account) {
        switch (tier) {
            case PAID:
                return remember(account);
            default:
                return null;
        }
    }

    void configure(List<String> plans) {
        for (String p : plans) {
            plan(Tier.PAID, p);
        }
    }

    int[] request(String name) {
        return plan(Tier.FREE, name);
    }

    static int[] plan(Tier tier, String name) {
        if (name.startsWith("pro-")) {
            tier = Tier.PAID;
        }
        switch (tier) {
            case PAID:
                return price(name);
            default:
                return null;
        }
    }

    private static int[] remember(String account) {
        return BY_ACCOUNT.computeIfAbsent(account, k -> new int[4]);
    }

    private static int[] price(String name) {
        return BY_PLAN.computeIfAbsent(name, k -> new int[2]);
    }
}
