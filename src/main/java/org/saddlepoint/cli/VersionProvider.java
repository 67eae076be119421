package org.saddlepoint.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to the source version). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static final String FALLBACK = "0.1.0";

    public static String version() {
        String v = SaddlepointCli.class.getPackage().getImplementationVersion();
        return v == null ? FALLBACK : v;
    }

    @Override public String[] getVersion() {
        return new String[] {"Saddlepoint " + version(), "Java " + System.getProperty("java.version")};
    }
}
