package communitysim.output;

import communitysim.sensitivity.Bootstrap;
import communitysim.sensitivity.Method;
import communitysim.sensitivity.MorrisDesign;
import communitysim.sensitivity.MorrisIndices;
import communitysim.sensitivity.SobolIndices;
import communitysim.sweep.SweepPlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code report.html} of a sensitivity folder, on the folders' {@link IndexPage}: one line per metric
 * and knob with its indices and intervals, the replicate noise share per metric, the charts, the method
 * in a few notes, and the files.
 */
final class SensitivityReport {
    private SensitivityReport() {}

    static void write(Path folder, Method method, int n, SweepPlan plan, List<String> parameters,
                      List<SensitivityFolder.Result> results, List<IndexPage.Figure> figures) throws IOException {
        List<String> lines = new ArrayList<>();
        for (SensitivityFolder.Result r : results) {
            for (int i = 0; i < parameters.size(); i++) {
                String head = r.metric() + " / " + parameters.get(i) + ": ";
                if (r.morris() != null) {
                    MorrisIndices m = r.morris();
                    lines.add(head + "mu* " + Numbers.readable(m.muStar()[i]) + " [" + Numbers.readable(m.muStarLow()[i]) + ", "
                            + Numbers.readable(m.muStarHigh()[i]) + "], sigma " + Numbers.readable(m.sigma()[i]) + ", mu "
                            + Numbers.readable(m.mu()[i]));
                } else {
                    SobolIndices s = r.sobol();
                    lines.add(head + "S1 " + Numbers.readable(s.s1()[i]) + " [" + Numbers.readable(s.s1Low()[i]) + ", "
                            + Numbers.readable(s.s1High()[i]) + "], ST " + Numbers.readable(s.st()[i]) + " ["
                            + Numbers.readable(s.stLow()[i]) + ", " + Numbers.readable(s.stHigh()[i]) + "]");
                }
            }
            lines.add(r.metric() + ": replicate noise share " + (Double.isNaN(r.noiseShare())
                    ? "unknown (1 replicate per point)" : Numbers.readable(r.noiseShare())));
        }
        String lede = (method == Method.MORRIS ? "Morris screening, " + n + " trajectories" : "Sobol indices, " + n + " base samples")
                + " of " + parameters.size() + " knobs: " + plan.runs() + " design points x " + plan.replicates()
                + " replicates of " + plan.base().scenario().name() + ", " + plan.base().scenario().days() + " days.";
        List<String> notes = new ArrayList<>();
        if (method == Method.MORRIS) {
            notes.add("Each trajectory moves every knob once by " + Numbers.readable(MorrisDesign.delta(MorrisDesign.LEVELS))
                    + " of its range on a " + MorrisDesign.LEVELS + "-level grid. An elementary effect is the metric's change"
                    + " per whole range of the knob. mu* (mean absolute effect) ranks influence; sigma large against mu*"
                    + " means the effect depends on the other knobs or is non-linear; mu keeps the sign.");
            notes.add("Replicate noise adds to sigma: the dashed line on each chart is the sigma a knob without any effect"
                    + " would show from noise alone.");
        } else {
            notes.add("S1: share of the output variance due to the knob alone; ST: including every interaction. ST - S1"
                    + " is the knob's interactions; a knob with ST near 0 can be fixed anywhere in its range.");
            notes.add("Each design point is the mean of its replicates. The replicate noise variance of a point's mean is"
                    + " subtracted from the output variance and the total-order numerator, so the indices are those of the"
                    + " expected output; the noise share says how much of the variance was noise. With one replicate it cannot"
                    + " be estimated and nothing is subtracted.");
        }
        notes.add("Intervals: 95% percentile bootstrap, " + Bootstrap.DRAWS + " resamples of the "
                + (method == Method.MORRIS ? "trajectories" : "base samples") + ", seeded.");
        List<IndexPage.DataFile> files = List.of(
                new IndexPage.DataFile(SensitivityFolder.INDICES, "One row per metric and knob: the indices, their interval bounds, the noise share."),
                new IndexPage.DataFile("design.csv", "One row per design point: the knob values run."),
                new IndexPage.DataFile("runs.csv", "One row per design point and replicate: seed, knob values, final metrics."),
                new IndexPage.DataFile("manifest.json", "Scenario, seeds, the design and estimators, sessions."));
        String html = new IndexPage("Sensitivity of " + plan.base().scenario().name(), lede, lines, figures, notes, files).render();
        Files.writeString(folder.resolve(SensitivityFolder.REPORT), html, StandardCharsets.UTF_8);
    }
}
