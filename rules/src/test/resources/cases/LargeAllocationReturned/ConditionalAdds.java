import java.util.ArrayList;
import java.util.List;

class ConditionalAdds {
    List<Integer> primes() {
        List<Integer> primes = new ArrayList<>();
        for (int i = 2; i < 1_000_000; i++) {
            if (isPrime(i)) {
                primes.add(i);
            }
        }
        return primes;
    }

    private boolean isPrime(int n) {
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
