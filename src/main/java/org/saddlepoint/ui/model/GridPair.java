package org.saddlepoint.ui.model;

import org.saddlepoint.surface.ScalarGrid;

/** The sampled heights of one surface: a coarser grid for the 3D mesh, a finer one for the 2D map. */
public record GridPair(long id, ScalarGrid grid3d, ScalarGrid grid2d) { }
