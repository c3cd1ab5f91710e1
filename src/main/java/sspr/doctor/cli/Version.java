package sspr.doctor.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, or the development version. */
final class Version implements IVersionProvider {
    static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return Main.versionLines();
    }
}
