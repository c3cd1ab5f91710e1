package sspr.doctor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast scanner must give exactly the general reader's records, and, through the hand-over, its
 * errors: compared on the usual forms, on edge cases of JSON, and on thousands of damaged files.
 */
class RegistrationReaderTest {
    @TempDir Path tmp;

    private static final String RECORD = "{\"id\":\"a\",\"userPrincipalName\":\"a@contoso.example\",\"userType\":\"member\","
            + "\"isAdmin\":false,\"isSsprRegistered\":true,\"isSsprEnabled\":true,\"isSsprCapable\":true,"
            + "\"methodsRegistered\":[\"email\",\"mobilePhone\"],\"lastUpdatedDateTime\":\"2026-10-02T08:14:00Z\"}";

    @Test
    void usualFormsAreReadWithoutHandingOver() throws Exception {
        List<SyntheticExport.User> users = SyntheticExport.users(3000, 7);
        for (String content : List.of(SyntheticExport.pages(users, 999), SyntheticExport.ndjson(users),
                "[" + String.join(",", users.stream().map(SyntheticExport::json).toList()) + "]",
                // indented as PowerShell's ConvertTo-Json writes it
                SyntheticExport.pages(users, 999).replace(",\"", ",\r\n    \"").replace("{\"", "{\r\n    \"").replace("\":", "\":  "))) {
            Path f = write(content);
            try (RegistrationReader fast = open(f)) {
                assertThat(dump(fast)).isEqualTo(dump(general(f)));
                assertThat(fast.handedOver()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // escapes and non-ASCII in kept and skipped strings, field names, numbers, nesting, whitespace
            "{\"value\":[{\"id\":\"o\\u0027brien\",\"userPrincipalName\":\"o\\\"b\\\\r\\/i\\ten\\u00e9@x\",\"isSsprRegistered\":true}]}",
            "{\"value\":[{\"id\":\"é\",\"userPrincipalName\":\"用户@例子.cn\",\"userDisplayName\":\"Zoë 😀 \\ud83d\\ude00\",\"isSsprEnabled\":false}]}",
            "{\"value\":[{\"id\":\"x\",\"n\":-0.5e+10,\"m\":[1,2.0,0,-1E-3,{\"a\":[[],{}]}],\"o\":{},\"isSsprCapable\":null,\"isSsprEnabled\":true}]}",
            " \r\n\t{ \"value\" : [ { \"id\" : \"a\" , \"isSsprRegistered\" : true , \"methodsRegistered\" : [ \"email\" , \"fido2\" ] } ] , \"@odata.nextLink\" : \"x\" } \n",
            "{\"@odata.context\":\"c\",\"@odata.count\":2,\"value\":[],\"@odata.nextLink\":{\"deep\":[1]}}{\"value\":[{\"id\":\"b\",\"isSsprRegistered\":false}]}",
            "{\"@odata.type\":\"#microsoft.graph.userRegistrationDetails\",\"id\":\"a\",\"isSsprRegistered\":true}\n{\"id\":\"b\",\"isSsprEnabled\":true}",
            "{}{\"@odata.context\":\"only annotations\"}[]{\"value\":[]}[{\"id\":\"a\",\"isAdmin\":true,\"isSsprCapable\":false}]",
            "{\"value\":[{\"id\":\"a\",\"id\":\"b\",\"methodsRegistered\":[\"email\"],\"methodsRegistered\":null,\"methodsRegistered\":[\"email\"],\"isSsprRegistered\":true}]}",
            "{\"value\":[{\"id\":null,\"userType\":\"Guest\",\"userType\":\"\",\"methodsRegistered\":[],\"isSsprRegistered\":true,\"value\":[1]}]}",
            "{\"value\":[{\"\\u0069d\":\"escaped name\",\"isSsprRegistered\":true}]}",
            "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true}],\"value\":[{\"id\":\"skipped\",\"isSsprRegistered\":true}]}",
            "\uFEFF{\"value\":[{\"id\":\"bom\",\"isSsprRegistered\":true}]}",
            // pages with a BOM each, joined by cat (the scanner reads raw bytes: it drops these BOMs as Utf8Check does)
            "\uFEFF{\"value\":[{\"id\":\"bom\",\"isSsprRegistered\":true}]}\n\uFEFF{\"value\":[{\"id\":\"b2\",\"isSsprRegistered\":true}]}",
            "[{\"id\":\"a\",\"isSsprRegistered\":true}]\uFEFF\uFEFF [{\"id\":\"b\",\"isSsprRegistered\":true}]",
            "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true}\uFEFF]}",
            // errors: each must be the general reader's message
            "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true},{\"id\":\"b\",\"isAd",
            "{\"value\":[{\"id\":\"a\",\"accountEnabled\":true,\"assignedLicenses\":[]}]}",
            "[1,2,3]", "{\"value\":{\"id\":\"a\"}}", "{\"value\":[{\"id\":\"a\",\"isAdmin\":\"yes\"}]}",
            "{\"value\":[{\"id\":1,\"isSsprRegistered\":true}]}", "{\"value\":[{\"id\":\"a\",\"methodsRegistered\":[1]}]}",
            "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true,}]}", "{\"value\":[{\"id\":\"a\",\"n\":01,\"isSsprRegistered\":true}]}",
            "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":truex}]}", "{\"value\":[{\"id\":\"a\\x\",\"isSsprRegistered\":true}]}",
            "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true}]} x", "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true}] ",
            "{\"value\":[{}]}", "{\"value\":[[]]}", "]", "{\"value\":[{\"id\":\"a\",\"n\":NaN,\"isSsprRegistered\":true}]}",
    })
    void edgeCasesGiveTheGeneralReadersRecordsAndErrors(String content) throws Exception {
        Path f = write(content);
        assertThat(dump(open(f))).isEqualTo(dump(general(f)));
    }

    @Test
    void utf16AndInvalidUtf8GiveTheGeneralReadersAnswer() throws Exception {
        String page = "{\"value\":[" + RECORD + "]}";
        Path utf16 = tmp.resolve("utf16.json");
        Files.write(utf16, ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE));
        assertThat(dump(open(utf16))).isEqualTo(dump(general(utf16))).contains("a@contoso.example");
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {0x01})) {
            byte[] before = "{\"value\":[{\"id\":\"a\",\"isSsprRegistered\":true},{\"id\":\"".getBytes(StandardCharsets.UTF_8);
            byte[] after = "\",\"userDisplayName\":\"x\",\"isSsprRegistered\":true}]}".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[before.length + bad.length + after.length];
            System.arraycopy(before, 0, all, 0, before.length);
            System.arraycopy(bad, 0, all, before.length, bad.length);
            System.arraycopy(after, 0, all, before.length + bad.length, after.length);
            Path f = tmp.resolve("bad.json");
            Files.write(f, all);
            if (bad[0] == 0x01) {
                assertThat(dump(open(f))).isEqualTo(dump(general(f)));
            } else {
                // ill-formed UTF-8 stops the read at the reader, with its position, whichever reader meets it
                assertThat(dump(open(f))).endsWith("Malformed: " + f + ":1:53: not valid UTF-8");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void damagedFilesGiveTheGeneralReadersRecordsAndErrors(boolean pretty) throws Exception {
        // records of one shape, so that damage also falls where leads and values are matched as last time
        String counted = RECORD.replace("\"isAdmin\"", "\"n\":12,\"t\":true,\"o\":{\"k\":[1]},\"isAdmin\"");
        String base = "{\"@odata.context\":\"c\",\"value\":[\n" + counted + ",\n" + counted + ",\n"
                + RECORD.replace("\"a\"", "\"b\\u00e9\"").replace("false", "true") + ",\n"
                + "{\"id\":\"c\",\"n\":[1.5,{\"k\":null}],\"isSsprEnabled\":false,\"userType\":\"guest\"}\n],\"@odata.nextLink\":\"n\"}\n"
                + RECORD + "\n";
        if (pretty) { // as PowerShell's ConvertTo-Json indents
            base = base.replace(",\"", ",\n    \"").replace("{\"", "{\n    \"").replace("\":", "\":  ").replace("}", "\n}");
        }
        String alphabet = "{}[]\":,\\ \n0-1eE.tfnulx\u00e9";
        Random rnd = new Random(pretty ? 12 : 11);
        for (int round = 0; round < 1500; round++) {
            StringBuilder sb = new StringBuilder(base);
            int edits = 1 + rnd.nextInt(2);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(sb.length());
                switch (rnd.nextInt(3)) {
                    case 0: sb.deleteCharAt(at); break;
                    case 1: sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length()))); break;
                    default: sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length()))); break;
                }
            }
            Path f = write(sb.toString());
            assertThat(dump(open(f))).as(sb.toString()).isEqualTo(dump(general(f)));
        }
    }

    @Test
    void recordsLongerThanTheWindowAreHandedOver() throws Exception {
        String longName = "x".repeat(40_000);
        String content = "{\"value\":[" + RECORD + ",{\"id\":\"long\",\"userDisplayName\":\"" + longName + "\",\"isSsprRegistered\":true}," + RECORD + "]}";
        Path f = write(content);
        try (RegistrationReader fast = open(f)) {
            assertThat(dump(fast)).isEqualTo(dump(general(f))).contains("long|");
            assertThat(fast.handedOver()).isTrue();
        }
    }

    @Test
    void aHandOverCountsEveryByteOnceForTheProgressBar() throws Exception {
        // handed over early in a file larger than what the scanner had read by then
        String records = String.join(",", java.util.Collections.nCopies(8000, RECORD));
        Path f = write("{\"value\":[" + RECORD + ",{\"\\u0069d\":\"escaped name: handed over\",\"isSsprRegistered\":true}," + records + "]}");
        assertThat(Files.size(f)).isGreaterThan(3 << 20 >> 1);
        long[] reported = {0};
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(f), n -> reported[0] += n);
        try (RegistrationReader reader = new RegistrationReader(f, new BufferedInputStream(counted, 1 << 16), counted, n -> reported[0] += n)) {
            assertThat(dump(reader)).endsWith("end").contains("\nescaped name: handed over|null|null|null|true|null|null|[]\n");
            assertThat(reader.handedOver()).isTrue();
        }
        assertThat(reported[0]).isEqualTo(Files.size(f));
    }

    private Path write(String content) throws IOException {
        Path f = tmp.resolve("reg.json");
        Files.writeString(f, content);
        return f;
    }

    private static RegistrationReader open(Path f) throws IOException {
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(f), n -> { });
        return new RegistrationReader(f, new BufferedInputStream(counted, 1 << 16), counted, n -> { });
    }

    private static GraphJsonReader general(Path f) throws IOException {
        // as ExportFiles opens it: UTF-8 is validated as it is read
        InputStream in = new BufferedInputStream(new sspr.doctor.io.Utf8Check(Files.newInputStream(f), f.toString(), true), 1 << 16);
        return new GraphJsonReader(in, f.toString());
    }

    /** Every record as one line, then how the reading ended. */
    private static String dump(RecordReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        UserRecord r = new UserRecord();
        try (reader) {
            while (reader.next(r)) {
                lines.add(r.id + "|" + r.userPrincipalName + "|" + r.userType + "|" + r.isAdmin + "|" + r.isSsprRegistered + "|"
                        + r.isSsprEnabled + "|" + r.isSsprCapable + "|" + r.methodsRegistered);
            }
            lines.add("end");
        } catch (RuntimeException | IOException e) {
            lines.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return String.join("\n", lines);
    }
}
