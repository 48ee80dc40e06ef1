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
 * Runs {@link ValidationBenchmark} with short settings (1 fork, 3 warm-up and 5 measured iterations of 1 s) and
 * prints each score with the ratio of parse + validate to parse alone. JMH options given as arguments win.
 */
public final class ValidationRatio {

  private ValidationRatio() {
  }

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli).include(ValidationBenchmark.class.getSimpleName());
    if (!cli.getForkCount().hasValue()) {
      options.forks(1);
    }
    if (!cli.getWarmupIterations().hasValue()) {
      options.warmupIterations(3);
    }
    if (!cli.getWarmupTime().hasValue()) {
      options.warmupTime(TimeValue.seconds(1));
    }
    if (!cli.getMeasurementIterations().hasValue()) {
      options.measurementIterations(5);
    }
    if (!cli.getMeasurementTime().hasValue()) {
      options.measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Map<String, Double>> scores = new TreeMap<>();
    for (RunResult r : results) {
      String validator = r.getParams().getParam("validator");
      String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      scores.computeIfAbsent(validator, k -> new TreeMap<>()).put(method, r.getPrimaryResult().getScore());
    }
    System.out.printf("%nbundle: %,d characters%n", LargeBundle.json().length());
    for (var e : scores.entrySet()) {
      Map<String, Double> s = e.getValue();
      System.out.printf("validator=%s  parse %.1f us  parse+validate %.1f us  validate %.1f us  ratio %.2f%n",
          e.getKey(), s.get("parse"), s.get("parseAndValidate"), s.get("validateParsed"),
          s.get("parseAndValidate") / s.get("parse"));
    }
  }
}
