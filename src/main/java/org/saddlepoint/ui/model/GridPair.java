package org.saddlepoint.ui.model;

import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/**
 * The sampled heights of one surface: a coarser grid for the 3D mesh, a finer one for the 2D
 * map, and the surface they sample (views match trajectories to it).
 */
public record GridPair(long id, ScalarGrid grid3d, ScalarGrid grid2d, Surface surface) { }
