package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The launcher's word on the console is taken; without it (or with another value) the JDK is asked. */
class ConsolePresenceTest {
    @AfterEach
    void clear() {
        System.clearProperty(ConsolePresence.PROPERTY);
    }

    @Test
    void theLaunchersWordIsTaken() {
        System.setProperty(ConsolePresence.PROPERTY, "true");
        assertThat(ConsolePresence.told()).isTrue();
        assertThat(ConsolePresence.present()).isTrue();
        assertThat(Pager.stdoutIsTerminal()).isTrue();
        System.setProperty(ConsolePresence.PROPERTY, "false");
        assertThat(ConsolePresence.present()).isFalse();
        assertThat(Pager.stdoutIsTerminal()).isFalse();
    }

    @Test
    void withoutItTheJdkIsAsked() {
        for (String value : new String[] {null, "yes", ""}) {
            if (value == null) System.clearProperty(ConsolePresence.PROPERTY);
            else System.setProperty(ConsolePresence.PROPERTY, value);
            assertThat(ConsolePresence.told()).as(value).isFalse();
            assertThat(ConsolePresence.present()).as(value).isEqualTo(System.console() != null);
        }
    }
}
