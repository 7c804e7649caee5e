package app.rada.demo;

import app.rada.shared.SeedingTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The demo programme's history as dated steps. Each part of the programme says what happened and how many
 * days before installation; {@link #run} then performs the steps in the order they happened, each at its
 * moment ({@link SeedingTime}), so an answer comes after the ballot that decided it and every figure that
 * counts time sees months of use instead of one instant.
 */
final class Timeline {

    private record Step(Instant at, int sequence, Runnable work) {
    }

    private final Instant installed;
    private final List<Step> steps = new ArrayList<>();

    Timeline(Instant installed) {
        this.installed = installed;
    }

    /** The moment the demo is installed: the real time the programme loads at. */
    Instant installed() {
        return installed;
    }

    /** A moment this many days (fractions allowed) before installation. */
    Instant daysAgo(double days) {
        return installed.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    /** Plans work for a moment; steps planned for the same moment keep the order they were planned in. */
    void at(Instant moment, Runnable work) {
        if (moment.isAfter(installed)) {
            throw new IllegalArgumentException("The demo's history cannot happen after installation: " + moment);
        }
        steps.add(new Step(moment, steps.size(), work));
    }

    /** Plans work for this many days before installation. */
    void daysAgo(double days, Runnable work) {
        at(daysAgo(days), work);
    }

    /** Performs every planned step in the order of their moments, each as of its moment. */
    void run() {
        steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::sequence));
        for (var step : steps) {
            SeedingTime.at(step.at(), step.work());
        }
        steps.clear();
    }

    /** Runs work at once as of a moment, for parts that need no ordering with others. */
    static void as(Instant moment, Runnable work) {
        SeedingTime.at(moment, work);
    }
}
