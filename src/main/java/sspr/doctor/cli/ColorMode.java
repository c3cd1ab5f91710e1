package sspr.doctor.cli;

/** The {@code --color} choices. */
public enum ColorMode { auto, always, never }
