package io.cartomaps.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ValidationBenchmark} with short settings (1 fork, 5 warm-up iterations of 1 s, 5
 * measured iterations of 2 s) and prints the median and mean of each benchmark with the ratio of
 * parse + validate to parse alone. JMH options given as arguments win.
 */
public final class ValidationRatio {

  private ValidationRatio() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli).include(ValidationBenchmark.class.getSimpleName());
    if (!cli.getForkCount().hasValue()) {
      options.forks(1);
    }
    if (!cli.getWarmupIterations().hasValue()) {
      options.warmupIterations(5);
    }
    if (!cli.getWarmupTime().hasValue()) {
      options.warmupTime(TimeValue.seconds(1));
    }
    if (!cli.getMeasurementIterations().hasValue()) {
      options.measurementIterations(5);
    }
    if (!cli.getMeasurementTime().hasValue()) {
      options.measurementTime(TimeValue.seconds(2));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Map<String, double[]>> scores = new TreeMap<>();
    for (RunResult r : results) {
      String validator = r.getParams().getParam("validator");
      String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      var stats = r.getPrimaryResult().getStatistics();
      scores
          .computeIfAbsent(validator, k -> new TreeMap<>())
          .put(method, new double[] {stats.getPercentile(50), stats.getMean()});
    }
    System.out.printf(
        "%nbundle: %,d characters; times in us, median (mean)%n", LargeBundle.json().length());
    for (var e : scores.entrySet()) {
      Map<String, double[]> s = e.getValue();
      double[] parse = s.get("parse");
      double[] both = s.get("parseAndValidate");
      double[] validate = s.get("validateParsed");
      System.out.printf(
          "validator=%s  parse %.0f (%.0f)  parse+validate %.0f (%.0f)  validate %.0f (%.0f)  "
              + "ratio parse+validate/parse %.2f (%.2f)%n",
          e.getKey(),
          parse[0],
          parse[1],
          both[0],
          both[1],
          validate[0],
          validate[1],
          both[0] / parse[0],
          both[1] / parse[1]);
    }
  }
}
