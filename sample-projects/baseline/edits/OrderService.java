package demo.shop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders and their status. Lines were added above the old findings and the file reformatted: they stay
 * accepted. The listener registry is new, and only it fails the check.
 */
public class OrderService {
    private static final Map<String, String> LAST_STATUS = new HashMap<>();

    private static final List<Runnable> ON_UPDATE = new java.util.ArrayList<>();

    public void update(String order, String status) {
        LAST_STATUS.put(order,
                status);
        ON_UPDATE.forEach(Runnable::run);
    }

    public static void onUpdate(Runnable hook) {
        ON_UPDATE.add(hook);
    }

    public void nightlyCleanup() {
        System . gc ( ) ;
    }
}
