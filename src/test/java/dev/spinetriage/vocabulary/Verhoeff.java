package dev.spinetriage.vocabulary;

/**
 * The Verhoeff dihedral check digit that ends every SNOMED CT identifier (SNOMED CT Technical Implementation Guide,
 * "Check-digit computation"). It catches every single-digit error and every swap of two adjacent digits, so an id
 * mistyped from a source fails it.
 */
final class Verhoeff {

    private static final int[][] DIHEDRAL = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};

    /** Row i is the permutation (1 5 7 6 2 8 3 0 9 4) applied i times: derived, so no row can be mistyped. */
    private static final int[][] PERMUTATION = new int[8][10];

    static {
        PERMUTATION[0] = new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        PERMUTATION[1] = new int[] {1, 5, 7, 6, 2, 8, 3, 0, 9, 4};
        for (int i = 2; i < 8; i++) {
            for (int j = 0; j < 10; j++) {
                PERMUTATION[i][j] = PERMUTATION[i - 1][PERMUTATION[1][j]];
            }
        }
    }

    private Verhoeff() {}

    /** True when the last digit of {@code digits} is the Verhoeff check digit of the others. */
    static boolean isValid(String digits) {
        if (digits == null || !digits.matches("[0-9]+")) {
            return false;
        }
        int check = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            check = DIHEDRAL[check][PERMUTATION[i % 8][digit]];
        }
        return check == 0;
    }
}
