package org.constable.forecasting.selfexciting;

/**
 * Parameters of a fitted grid self-exciting process (times in days): a background rate per cell
 * ({@code background[cell]}, events per day), and a trigger {@code theta * omega * exp(-omega * dt)}
 * that each event adds to its own cell ({@code theta} = expected offspring per event,
 * {@code 1/omega} = mean delay in days). {@code iterations} = EM steps taken.
 */
public record SelfExcitingFit(double[] background, double theta, double omega, int iterations) {}
