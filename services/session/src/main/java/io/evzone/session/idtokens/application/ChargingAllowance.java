package io.evzone.session.idtokens.application;

/**
 * Whether a token's owner may charge now, beyond the token's own standing: billing's balance rule
 * (a prepaid wallet with credit, a postpaid account in good standing). Denial is answered NO_CREDIT
 * (2.0.1; the gateway maps it for 1.6). Until billing offers the rule every owner is allowed; a
 * deployment replaces the bean.
 */
public interface ChargingAllowance {

    /**
     * @param userId the token's owner, or null for a token without one
     * @param organizationId the token's organization
     */
    boolean allows(String userId, String organizationId);

    /** The rule until billing exists: everyone may charge. */
    static ChargingAllowance everyone() {
        return (userId, organizationId) -> true;
    }
}
