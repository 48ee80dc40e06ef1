package io.cartomaps.validate;

import io.cartomaps.validate.finding.Finding;
import java.util.Comparator;

/**
 * Orders findings by JSON Pointer the way a reader walks the document: segment by segment, array
 * indexes as numbers ({@code /layers/2} before {@code /layers/10}, indexes before member names),
 * then errors before warnings, then by code and message.
 */
final class FindingOrder implements Comparator<Finding> {

  static final FindingOrder INSTANCE = new FindingOrder();

  @Override
  public int compare(Finding a, Finding b) {
    int c = comparePaths(a.path(), b.path());
    if (c != 0) {
      return c;
    }
    c = a.severity().compareTo(b.severity());
    if (c != 0) {
      return c;
    }
    c = a.code().compareTo(b.code());
    return c != 0 ? c : a.message().compareTo(b.message());
  }

  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ei = segmentEnd(a, i + 1);
      int ej = segmentEnd(b, j + 1);
      int c = compareSegments(a.substring(i + 1, ei), b.substring(j + 1, ej));
      if (c != 0) {
        return c;
      }
      i = ei;
      j = ej;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int segmentEnd(String p, int from) {
    int slash = p.indexOf('/', from);
    return slash < 0 ? p.length() : slash;
  }

  private static int compareSegments(String x, String y) {
    boolean nx = isIndex(x);
    boolean ny = isIndex(y);
    if (nx && ny) {
      int c = Integer.compare(x.length(), y.length());
      return c != 0 ? c : x.compareTo(y);
    }
    if (nx != ny) {
      return nx ? -1 : 1; // indexes before names keeps the order transitive
    }
    return x.compareTo(y);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }
}
