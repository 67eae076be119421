/**
 * Analysis of surfaces: curvature and critical points, contour lines, files computed elsewhere.
 *
 * <ul>
 *   <li>{@link org.saddlepoint.analysis.Curvature#at}: value, gradient, Hessian, its eigenpairs
 *       (EJML), the {@link org.saddlepoint.analysis.CriticalType} and the local quadratic model
 *       q(θ) = L(θ') + gᵀ(θ−θ') + ½(θ−θ')ᵀH(θ−θ') — what a click on a point shows.</li>
 *   <li>{@link org.saddlepoint.analysis.CriticalPointFinder}: all critical points in a domain by
 *       multi-start Newton (background-friendly: progress and cancel).</li>
 *   <li>{@link org.saddlepoint.analysis.SaddleEscape}: a step along the most negative curvature
 *       direction, predicted ½λ‖Δ‖² vs actual change.</li>
 *   <li>{@link org.saddlepoint.analysis.LandscapeFileReader}: loss-landscape HDF5 and .npy grids
 *       into a {@code surface.ScalarGrid}.</li>
 *   <li>{@link org.saddlepoint.analysis.NetworkRuns}: optimizer specs and schedules for network
 *       training; a projected training path as an {@code optim.Trajectory}.</li>
 * </ul>
 */
package org.saddlepoint.analysis;
