package communitysim.cli;

import communitysim.sweep.Sampler;
import communitysim.sweep.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario over a grid or Latin hypercube of knob values, with replicates, and write a"
                + " sweep folder (runs.csv, design.csv, main_effects.csv, charts, manifest). Resumable; see docs/sweeps.md.",
                "Example: sweep scenarios/baseline.yaml --vary activation.base=-4.5:-3.5:0.5 --vary network.mixing=graph,complete --reps 3"})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=SPEC", required = true,
            description = "Vary a knob (repeatable). SPEC: v1,v2,... (numbers, true/false or names) or lo:hi:step for a grid;"
                    + " lo:hi for --sample lhs.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "grid|lhs", defaultValue = "grid",
            converter = SamplerConverter.class,
            description = "grid: every combination (default). lhs: Latin hypercube of --n runs, seeded by --seed.")
    Sampler sampler;

    @Option(names = "--n", paramLabel = "N", description = "Runs of a Latin hypercube (--sample lhs only).")
    Integer n;

    @Option(names = "--reps", paramLabel = "R", description = "Replicates per run (default: the scenario's `replicates`).")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed of the task seeds and the LHS design (default: the scenario's `seed`).")
    Long seed;

    @Option(names = "--daily", description = "Also write every task's daily rows to daily.csv.gz.")
    boolean daily;

    @Mixin
    SweepOptions run = new SweepOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        java.util.Optional<String> refused = run.problem();
        if (refused.isPresent()) {
            err.println(refused.get());
            return Main.BAD_INPUT;
        }
        Sweep sweep = Sweep.of(scenarioFile).sample(sampler, n).daily(daily);
        run.apply(sweep, vary, reps, seed);
        return run.run(sweep, "sweep", err, stdout, plan -> {
            for (String path : plan.rounded()) {
                err.println("note: " + path + " is an integer knob; its Latin-hypercube values are rounded to whole numbers");
            }
        });
    }

    static final class SamplerConverter implements picocli.CommandLine.ITypeConverter<Sampler> {
        @Override
        public Sampler convert(String value) {
            for (Sampler s : Sampler.SWEEP) if (s.label().equals(value)) return s;
            throw new picocli.CommandLine.TypeConversionException("expected grid or lhs, got '" + value + "'");
        }
    }
}
