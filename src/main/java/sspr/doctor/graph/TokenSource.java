package sspr.doctor.graph;

/**
 * Where the bearer token comes from. A token is handed to the HTTP client only: it is never
 * printed, logged or written anywhere.
 */
public interface TokenSource {
    /** A token for Microsoft Graph; {@code refresh}: the previous one was refused (401), get a new one if possible. */
    String token(boolean refresh);

    /** The name of the credential used, for the line on stderr ("Azure CLI", "client secret"…): an auth.* key of the ui bundle. */
    String kind();
}
