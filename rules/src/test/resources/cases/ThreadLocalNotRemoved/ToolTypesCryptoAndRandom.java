// Negative: MessageDigest, Cipher, Random and SecureRandom set unconditionally are per-thread tools, not per-call data.
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Random;
import javax.crypto.Cipher;

class ToolTypesCryptoAndRandom {
    private static final ThreadLocal<MessageDigest> DIGEST = new ThreadLocal<>();
    private static final ThreadLocal<Cipher> CIPHER = new ThreadLocal<>();
    private static final ThreadLocal<Random> RANDOM = new ThreadLocal<>();
    private static final ThreadLocal<SecureRandom> SECURE = new ThreadLocal<>();

    static void init(long seed) throws GeneralSecurityException {
        DIGEST.set(MessageDigest.getInstance("SHA-256"));
        CIPHER.set(Cipher.getInstance("AES/GCM/NoPadding"));
        RANDOM.set(new Random(seed));
        SECURE.set(new SecureRandom());
    }

    static byte[] hash(byte[] data) {
        return DIGEST.get().digest(data);
    }

    static int next() {
        return RANDOM.get().nextInt() ^ SECURE.get().nextInt() ^ CIPHER.get().getBlockSize();
    }
}
