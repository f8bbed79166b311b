package demo.shop;

import java.util.HashMap;
import java.util.Map;

public class OrderService {
    private static final Map<String, String> LAST_STATUS = new HashMap<>();

    public void update(String order, String status) {
        LAST_STATUS.put(order, status);
    }

    public void nightlyCleanup() {
        System.gc();
    }
}
