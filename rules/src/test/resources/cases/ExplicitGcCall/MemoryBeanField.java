import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

class MemoryBeanField {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    void shrink() {
        // expect: ExplicitGcCall
        memory.gc();
    }

    void direct() {
        // expect: ExplicitGcCall
        ManagementFactory.getMemoryMXBean().gc();
    }
}
