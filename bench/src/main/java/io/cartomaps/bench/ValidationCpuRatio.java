package io.cartomaps.bench;

import io.cartomaps.json.Json;
import io.cartomaps.validate.Tier1Validator;
import io.cartomaps.validate.ValidationReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The ratio of {@link ValidationBenchmark}, parse + Tier-1 validation over parse alone on {@link
 * LargeBundle}, measured in thread CPU time rather than wall time, so that a machine shared with
 * other builds stretches both sides alike instead of whichever ran while the others were busy.
 * Prints, after one warm-up round, the median of 600 calls per round for three rounds.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.cartomaps.bench.ValidationCpuRatio
 * </pre>
 */
public final class ValidationCpuRatio {

  private static final int CALLS = 600;

  private ValidationCpuRatio() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String text = LargeBundle.json();
    Tier1Validator validator = Tier1Validator.standard();
    for (int round = 0; round < 4; round++) {
      long[] parse = new long[CALLS];
      long[] parseAndValidate = new long[CALLS];
      for (int i = 0; i < CALLS; i++) {
        long t0 = threads.getCurrentThreadCpuTime();
        JsonNode parsed = Json.parse(text);
        long t1 = threads.getCurrentThreadCpuTime();
        ValidationReport report = validator.validate(Json.parse(text));
        long t2 = threads.getCurrentThreadCpuTime();
        if (!report.errors().isEmpty() || parsed.isEmpty()) {
          throw new IllegalStateException("The benchmark bundle is no longer clean: " + report);
        }
        parse[i] = t1 - t0;
        parseAndValidate[i] = t2 - t1;
      }
      if (round > 0) {
        Arrays.sort(parse);
        Arrays.sort(parseAndValidate);
        long p = parse[CALLS / 2];
        long pv = parseAndValidate[CALLS / 2];
        System.out.printf(
            Locale.ROOT,
            "round %d, CPU time, median: parse %d us, parse+validate %d us, ratio %.2f%n",
            round,
            p / 1000,
            pv / 1000,
            (double) pv / p);
      }
    }
  }
}
