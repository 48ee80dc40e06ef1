package io.cartomaps.validate.finding;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The allowed value nearest to a wrong one, for "did you mean" suggestions: first ignoring case and
 * separators ({@code darkMatter}, {@code dark_matter}, {@code darkmatter} all find {@code
 * dark-matter}), then by edit distance (a swap of neighbouring letters counts once) within a third
 * of the word's length.
 */
public final class ClosestValue {

  private ClosestValue() {}

  public static Optional<String> among(String wrong, Collection<String> allowed) {
    if (wrong == null || wrong.isBlank() || allowed.isEmpty()) {
      return Optional.empty();
    }
    String squashed = squash(wrong);
    for (String candidate : allowed) {
      if (squash(candidate).equals(squashed)) {
        return Optional.of(candidate);
      }
    }
    String lower = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int tolerance = Math.max(1, Math.min(wrong.length(), best.length()) / 3);
    return bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
  }

  private static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /**
   * Edit distance where swapping two neighbouring letters counts as one edit (optimal string
   * alignment).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
