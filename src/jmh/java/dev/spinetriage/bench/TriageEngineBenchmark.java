package dev.spinetriage.bench;

import dev.spinetriage.rules.input.PatientReport;
import dev.spinetriage.rules.Ruleset;
import dev.spinetriage.rules.TriageEngine;
import dev.spinetriage.rules.TriageOutcome;
import dev.spinetriage.triage.GoldenReports;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation of the pure engine, no HTTP, JSON or database: against the shipped ruleset and against generated
 * rulesets of 100, 1,000 and 10,000 rules, to show how the cost grows with the number of rules. Each call evaluates
 * the next of the golden example reports, so the figure is the average over that mix.
 * Run: {@code ./mvnw -Pjmh test-compile exec:exec} (see README, "Benchmarks").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class TriageEngineBenchmark {

    @Param({"shipped", "100", "1000", "10000"})
    public String rules;

    private TriageEngine engine;
    private List<PatientReport> reports;
    private int next;

    @Setup(Level.Trial)
    public void compile() throws IOException {
        Ruleset shipped = ShippedRuleset.read();
        engine = new TriageEngine(rules.equals("shipped") ? shipped
                : GeneratedRuleset.of(Integer.parseInt(rules), shipped));
        reports = GoldenReports.read();
    }

    @Benchmark
    public TriageOutcome evaluate() {
        PatientReport report = reports.get(next);
        next = (next + 1) % reports.size();
        return engine.evaluate(report);
    }
}
