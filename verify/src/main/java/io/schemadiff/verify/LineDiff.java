package io.schemadiff.verify;

import java.util.ArrayList;
import java.util.List;

/** A line diff of two texts (longest common subsequence), for long attributes such as function definitions. */
final class LineDiff {
    private LineDiff() {}

    /** Lines {@code "- "} only in {@code a}, {@code "+ "} only in {@code b}, {@code "  "} in both, with context. */
    static String render(String a, String b, String indent) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int n = x.length;
        int m = y.length;
        if ((long) n * m > 4_000_000L) {
            return indent + "- " + String.join("\n" + indent + "- ", x) + "\n" + indent + "+ "
                + String.join("\n" + indent + "+ ", y) + "\n";
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x[i].equals(y[j])) {
                out.add("  " + x[i]);
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+ " + y[j]);
                j++;
            } else {
                out.add("- " + x[i]);
                i++;
            }
        }
        // keep changed lines and two lines of context around them
        boolean[] keep = new boolean[out.size()];
        for (int k = 0; k < out.size(); k++) {
            if (!out.get(k).startsWith("  ")) {
                for (int c = Math.max(0, k - 2); c <= Math.min(out.size() - 1, k + 2); c++) {
                    keep[c] = true;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean skipped = false;
        for (int k = 0; k < out.size(); k++) {
            if (keep[k]) {
                if (skipped) {
                    sb.append(indent).append("  …\n");
                    skipped = false;
                }
                sb.append(indent).append(out.get(k).stripTrailing()).append('\n');
            } else {
                skipped = true;
            }
        }
        return sb.toString();
    }
}
