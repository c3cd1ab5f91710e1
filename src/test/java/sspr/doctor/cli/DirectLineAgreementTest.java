package sspr.doctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct parser ({@link DirectLine}) against picocli: the everyday forms are read without picocli and
 * exactly as picocli reads them; every form it cannot read the same way is left to picocli; and on thousands
 * of generated command lines, whenever it accepts one, picocli agrees field by field ({@link DirectAgreement}).
 */
class DirectLineAgreementTest {
    private static DirectLine.Parsed parse(String line) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return DirectLine.parse(line.isEmpty() ? new String[0] : line.split(" "), new SsprDoctor(sink, sink, Map.of(), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "diagnose --role user-admin --hybrid --format json",
        "diagnose --role helpdesk-admin --target-role global-admin --hybrid --lang zh-TW",
        "--lang zh-TW diagnose --role=helpdesk-admin,user-admin -o json --fail-on warning",
        "diagnose --scenario self-service --license o365-e3 --license aad-p1 --sspr-scope selected --not-in-sspr-group",
        "diagnose --role user-admin --format JSON --color never -v",
        "diagnose --profile - --brief",
        "diagnose --batch -",
        "diagnose --role user-admin --symptom greyed-out-button,error-message --what-if --trace",
        "faq list", "faq list --lang zh-TW", "faq list --article user-reset-password-setup --format json",
        "faq show reset-button-greyed-out --format json", "faq search reset password --limit 2", "faq search 重置密码 --lang zh-CN",
        "articles list --format json", "articles show user-reset-password-setup --source",
        "explain 6329", "explain SSPR_0029 --lang zh-TW", "explain --list", "explain --search not",
        "roles list", "licenses list --search E3", "rules list -o json", "rules check",
    })
    void everydayFormsAreReadWithoutPicocliAsPicocliReadsThem(String line) {
        assertThat(parse(line)).as(line).isNotNull();
        assertThat(DirectAgreement.check(line.split(" "))).as(line).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "--version", "-V", "--help", "-h", "help", "diagnose --help", "diagnose -h", "faq list --help", "help diagnose",
        "faq", "roles", "audit export.json", "tenant fetch", "wizard", "completion bash", "content check",
        "diagnse --role user-admin", "diagnose --rol user-admin", "diagnose --role", "diagnose --role --hybrid",
        "diagnose --hybrid --hybrid", "diagnose --scenario a --scenario b", "diagnose --format jsn", "diagnose --format",
        "diagnose --hybrid=true", "diagnose -vo json", "diagnose -ojson", "diagnose @args.txt", "diagnose --role @x",
        "diagnose --role a,", "diagnose --role ,a", "diagnose --role a,,b", "diagnose -- --hybrid", "diagnose extra",
        "diagnose --since 010", "diagnose --since -1", "diagnose --since 0x10", "diagnose --github-summary", "diagnose --annotations github",
        "faq show", "faq search", "faq search x --limit 0x1", "explain 6329 6330", "explain -6329", "--lang diagnose diagnose",
        "faq list --article", "faq --lang zh-TW", "faq list list", "roles list --serch x",
    })
    void everythingElseIsLeftToPicocli(String line) {
        assertThat(parse(line)).as(line).isNull();
    }

    @Test
    void emptyAndQuotedValuesAreLeftToPicocli() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        for (String[] args : List.of(new String[] {"diagnose", "--role", ""}, new String[] {"diagnose", "--role", " "},
                new String[] {"diagnose", "--role", "\"user-admin,helpdesk-admin\""}, new String[] {"diagnose", "--role="},
                new String[] {"explain", ""}, new String[] {"diagnose", "--profile", "a\u0000b"},
                // found by the fuzzer: one argument holding two command words
                new String[] {"faq show", "x"})) {
            assertThat(DirectLine.parse(args, new SsprDoctor(sink, sink, Map.of(), false))).as(String.join("|", args)).isNull();
        }
    }

    /** Option names of the commands the direct parser reads, values that are fine and values that are not. */
    private static final String[] PATHS = {"diagnose", "faq list", "faq show", "faq search", "articles list", "articles show", "explain",
        "roles list", "licenses list", "rules list", "rules check"};
    private static final String[] VALUES = {"user-admin", "global-admin", "json", "JSON", "Json", "text", "never", "blocker", "warning",
        "-", "--hybrid", "-v", "", " ", "a,b", "a,", ",", "@x", "\"q\"", "10", "010", "0", "-5", "+5", "0x1f", "2147483648",
        "diagnose", "faq", "list", "x=y", "zh-TW", "id-ID", "E3", "6329", "SSPR_0029", "self-service", "--", "-o", "重置", "a b", "true"};

    @Test
    void onGeneratedCommandLinesTheDirectParserNeverReadsOtherwiseThanPicocli() {
        Random random = new Random(20261206);
        List<String> globals = names(GeneratedDirect.options(""));
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < 4000; n++) {
            String path = PATHS[random.nextInt(PATHS.length)];
            List<String> names = new ArrayList<>(names(GeneratedDirect.options(path)));
            names.addAll(globals);
            names.add("--help");
            names.add("--nope");
            List<String> args = new ArrayList<>();
            if (random.nextInt(4) == 0) { args.add("--lang"); args.add(random.nextBoolean() ? "zh-TW" : VALUES[random.nextInt(VALUES.length)]); }
            for (String word : path.split(" ")) args.add(word);
            for (int k = random.nextInt(7); k > 0; k--) {
                int kind = random.nextInt(10);
                String name = names.get(random.nextInt(names.size()));
                String value = VALUES[random.nextInt(VALUES.length)];
                if (kind < 5) args.add(name);
                else if (kind < 8) { args.add(name); args.add(value); }
                else if (kind < 9) args.add(name + "=" + value);
                else args.add(value);
            }
            String[] argv = args.toArray(new String[0]);
            String problem = DirectAgreement.check(argv);
            if (problem != null) failures.add(String.join(" ", argv) + " → " + problem);
            PrintWriter sink = new PrintWriter(new StringWriter());
            if (DirectLine.parse(argv, new SsprDoctor(sink, sink, Map.of(), false)) != null) accepted++;
        }
        assertThat(failures).isEmpty();
        // the generator reaches both sides: lines the direct parser reads and lines it leaves to picocli
        assertThat(accepted).isBetween(400, 3600);
    }

    private static List<String> names(DirectOption[] options) {
        List<String> out = new ArrayList<>();
        for (DirectOption o : options) for (String n : o.names()) out.add(n);
        return out;
    }
}
