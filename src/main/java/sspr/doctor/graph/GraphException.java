package sspr.doctor.graph;

import sspr.doctor.i18n.FixableError;
import sspr.doctor.i18n.LocalizedText;

/**
 * A request Graph (or the token endpoint) refused or never answered. {@code status} is the HTTP
 * status (0: no answer); {@code code} and {@code message} are Graph's own error code and message;
 * {@code requestId} is Graph's request-id header, which Microsoft support asks for.
 */
public final class GraphException extends FixableError {
    public final int status;
    public final String code;
    public final String graphMessage;
    public final String requestId;
    public final String clientRequestId;
    public final String request;

    public GraphException(String request, int status, String code, String graphMessage, String requestId, String clientRequestId) {
        super(null, LocalizedText.of("graph-error", "request", request, "status", status == 0 ? "-" : String.valueOf(status),
                "code", code == null ? "-" : code, "message", graphMessage == null ? "" : graphMessage,
                "requestId", requestId == null ? "-" : requestId));
        this.request = request;
        this.status = status;
        this.code = code;
        this.graphMessage = graphMessage;
        this.requestId = requestId;
        this.clientRequestId = clientRequestId;
    }

    /** Not an error of Graph: a credential that could not be had, a bad option. */
    public GraphException(String origin, LocalizedText text) {
        super(origin, text);
        this.request = null;
        this.status = 0;
        this.code = null;
        this.graphMessage = null;
        this.requestId = null;
        this.clientRequestId = null;
    }

    /**
     * The tenant lacks the licence the request needs: Graph's documented answers are 403
     * {@code Authentication_RequestFromNonPremiumTenantOrB2CTenant} ("Neither tenant is B2C or tenant
     * doesn't have premium license": audit logs, registration reports) and 400
     * {@code AadPremiumLicenseRequired} ("The tenant needs to have Microsoft Entra ID P2 or Microsoft
     * Entra ID Governance license": PIM schedules).
     */
    public boolean needsPremium() {
        if (code == null) return false;
        return code.equals("Authentication_RequestFromNonPremiumTenantOrB2CTenant") || code.equals("AadPremiumLicenseRequired")
                || (graphMessage != null && graphMessage.matches("(?is).*(premium licen[cs]e|premium 2 licen[cs]e|P2 or Microsoft Entra ID Governance).*"));
    }

    /** The caller lacks a permission (403 Authorization_RequestDenied and friends). */
    public boolean refused() {
        return status == 403 && !needsPremium();
    }
}
