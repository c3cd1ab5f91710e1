package sspr.doctor.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic synthetic users for tests: a realistic mix of admins, guests, (un)registered users. */
public final class SyntheticExport {
    public record User(String id, String upn, String userType, boolean admin, boolean registered, boolean enabled, List<String> methods) {
        public boolean capable() { return registered && enabled; }
        public boolean guest() { return userType.equals("guest"); }
    }

    public static List<User> users(int n, long seed) {
        Random rnd = new Random(seed);
        List<User> users = new ArrayList<>();
        String[] methods = {"microsoftAuthenticatorPush", "mobilePhone", "email", "fido2", "softwareOneTimePasscode"};
        for (int i = 0; i < n; i++) {
            boolean guest = rnd.nextInt(20) == 0;
            boolean admin = !guest && rnd.nextInt(30) == 0;
            boolean registered = rnd.nextInt(10) < 7;
            boolean enabled = rnd.nextInt(10) < 9;
            List<String> m = new ArrayList<>();
            if (registered) for (String x : methods) if (rnd.nextInt(3) == 0) m.add(x);
            users.add(new User("id-" + i, "user" + i + (guest ? "_ext#@contoso.example" : "@contoso.example"),
                    guest ? "guest" : "member", admin, registered, enabled, m));
        }
        return users;
    }

    static String json(User u) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"id\":\"").append(u.id()).append("\",\"userPrincipalName\":\"").append(u.upn())
                .append("\",\"userDisplayName\":\"User, \\\"Quoted\\\"\",\"userType\":\"").append(u.userType())
                .append("\",\"isAdmin\":").append(u.admin()).append(",\"isSsprRegistered\":").append(u.registered())
                .append(",\"isSsprEnabled\":").append(u.enabled()).append(",\"isSsprCapable\":").append(u.capable())
                .append(",\"isMfaRegistered\":true,\"systemPreferredAuthenticationMethods\":[\"push\"],\"methodsRegistered\":[");
        for (int i = 0; i < u.methods().size(); i++) sb.append(i > 0 ? "," : "").append('"').append(u.methods().get(i)).append('"');
        return sb.append("],\"lastUpdatedDateTime\":\"2026-10-02T08:14:00Z\"}").toString();
    }

    /** Graph pages of {@code pageSize} records, concatenated as the paging loop would save them. */
    public static String pages(List<User> users, int pageSize) {
        StringBuilder sb = new StringBuilder();
        for (int start = 0; start < users.size(); start += pageSize) {
            sb.append("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails\",\"value\":[\n");
            for (int i = start; i < Math.min(users.size(), start + pageSize); i++) {
                sb.append(i > start ? ",\n" : "").append(json(users.get(i)));
            }
            sb.append("],\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/reports?$skiptoken=").append(start).append("\"}\n");
        }
        return sb.toString();
    }

    public static String ndjson(List<User> users) {
        StringBuilder sb = new StringBuilder();
        for (User u : users) sb.append(json(u)).append('\n');
        return sb.toString();
    }

    /** The admin center's CSV download: display-name headers, True/False, methods in one quoted cell. */
    public static String csv(List<User> users) {
        StringBuilder sb = new StringBuilder("\uFEFFId,User principal name,User display name,User type,Is admin,Is SSPR registered,Is SSPR enabled,Is SSPR capable,Methods registered\r\n");
        for (User u : users) {
            sb.append(u.id()).append(',').append(u.upn()).append(",\"User, \"\"Quoted\"\"\",").append(u.userType()).append(',')
                    .append(u.admin() ? "True" : "False").append(',').append(u.registered() ? "True" : "False").append(',')
                    .append(u.enabled() ? "True" : "False").append(',').append(u.capable() ? "True" : "False").append(",\"")
                    .append(String.join(",", u.methods())).append("\"\r\n");
        }
        return sb.toString();
    }
}
