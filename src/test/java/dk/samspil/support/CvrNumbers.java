package dk.samspil.support;

import java.util.concurrent.ThreadLocalRandom;

/** CVR numbers for tests. */
public final class CvrNumbers {

    private CvrNumbers() {}

    /** A random CVR number that passes modulus 11 (weights 2, 7, 6, 5, 4, 3, 2, 1) and does not start with 0. */
    public static String random() {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                int digit = i == 0
                        ? ThreadLocalRandom.current().nextInt(1, 10)
                        : ThreadLocalRandom.current().nextInt(10);
                digits.append(digit);
                sum += digit * weights[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return digits.append(check).toString();
            }
        }
    }
}
