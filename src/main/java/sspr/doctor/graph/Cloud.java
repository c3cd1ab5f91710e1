package sspr.doctor.graph;

import java.net.URI;

/**
 * The national clouds: Microsoft Graph's root and the Microsoft Entra authority of each (from
 * Microsoft Graph's "National cloud deployments" page). {@code --graph-url} and
 * {@code --authority-url} override them (tests, proxies).
 */
public enum Cloud {
    global("https://graph.microsoft.com", "https://login.microsoftonline.com"),
    usgov("https://graph.microsoft.us", "https://login.microsoftonline.us"),
    usgov_dod("https://dod-graph.microsoft.us", "https://login.microsoftonline.us"),
    china("https://microsoftgraph.chinacloudapi.cn", "https://login.chinacloudapi.cn");

    public final URI graph;
    public final URI authority;

    Cloud(String graph, String authority) {
        this.graph = URI.create(graph);
        this.authority = URI.create(authority);
    }

    /** The option's spelling: usgov-dod. */
    public String optionName() {
        return name().replace('_', '-');
    }

    /** The cloud named on the command line, or null. */
    public static Cloud parse(String s) {
        for (Cloud c : values()) if (c.optionName().equalsIgnoreCase(s.strip())) return c;
        return null;
    }
}
