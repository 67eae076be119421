package org.saddlepoint.render;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Encodes frames (TYPE_INT_RGB images of one size) into a file format, in order. */
interface FrameEncoder {
    void add(BufferedImage frame) throws IOException;

    /** Completes the file (everything is in the output once this returns). */
    void finish() throws IOException;

    /** Stops after a failure or cancel, releasing processes and temporary files. */
    void abort();
}
