// Negative: an instance ThreadLocal cache in a class the project never instantiates: how many instances a framework
// or a caller makes is unknown, and unknown is no finding (Error Prone's ThreadLocalUsage would warn here).
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

public class InstanceFieldNeverInstantiated {
    private final ThreadLocal<MessageDigest> digest = ThreadLocal.withInitial(InstanceFieldNeverInstantiated::sha256);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] hash(byte[] data) {
        return digest.get().digest(data);
    }
}
