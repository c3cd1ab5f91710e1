package sspr.doctor.catalog;

/**
 * A licence SKU from Microsoft's published list. {@code cloudResetLicensed} is yes, no or unclear:
 * the current docs do not place every SKU for cloud-only self-service reset. {@code servicePlanCount}
 * (0 when not listed) is how many service plans the SKU bundles: a rough measure of how much it costs.
 */
public record Sku(String skuPartNumber, String skuId, String productName, String alias,
                  boolean hasEntraP1, boolean hasEntraP2, boolean isBusinessStandard, boolean isBusinessPremium, boolean isFree, boolean isTrial, boolean isGovernment,
                  boolean writebackLicensed, String cloudResetLicensed, int servicePlanCount) {}
