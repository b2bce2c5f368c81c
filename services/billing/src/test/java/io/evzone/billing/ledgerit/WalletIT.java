package io.evzone.billing.ledgerit;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.billing.wallet.application.LedgerAudit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class WalletIT extends LedgerIT {

    @Autowired
    LedgerAudit audit;

    @Test
    void topUpThroughTheInstantSandboxCreditsTheWallet() {
        WalletApi api = newDriver();

        JsonNode payment = api.topUp("10000", "UGX");

        assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(payment.path("provider").asString()).isEqualTo("sandbox");
        JsonNode balance = api.get("/api/v1/wallet/balance").ok();
        assertThat(balance.path("balanceMinor").asLong()).isEqualTo(10000);
        assertThat(balance.path("currency").asString()).isEqualTo("UGX");
        JsonNode history = api.get("/api/v1/wallet/transactions").ok();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("type").asString()).isEqualTo("TOP_UP");
        assertThat(audit.check().exact()).isTrue();
    }

    @Test
    void debitBeyondTheBalanceIsRefusedAndPostsNothing() {
        WalletApi api = newDriver();
        api.topUp("5000", "UGX");

        api.post("/api/v1/wallet/debit", "{\"amount\": 5001}").problem(422, "insufficient funds");

        assertThat(api.balanceMinor()).isEqualTo(5000);
        assertThat(api.get("/api/v1/wallet/transactions").ok()).hasSize(1);
        api.post("/api/v1/wallet/debit", "{\"amount\": 5000, \"reference\": \"parking\"}")
                .ok();
        assertThat(api.balanceMinor()).isZero();
    }

    @Test
    void badAmountsAndCurrenciesAreProblemsNamingTheField() {
        WalletApi api = newDriver();
        api.topUp("1000", "UGX");

        api.post("/api/v1/wallet/debit", "{\"amount\": 0}").problem(400, "amount: must be greater than zero");
        api.post("/api/v1/wallet/debit", "{\"amount\": -5}").problem(400, "amount: must be greater than zero");
        api.post("/api/v1/wallet/debit", "{\"amount\": 10.5}").problem(400, "amount: has more decimals than UGX");
        api.post("/api/v1/wallet/debit", "{}").problem(400, "amount: is required");
        api.post("/api/v1/wallet/topup", "{\"amount\": 10, \"currency\": \"USD\"}")
                .problem(422, "currency");
        api.post("/api/v1/wallet/topup", "{\"amount\": 10, \"currency\": \"XYZ\"}")
                .problem(400, "currency");
        api.post("/api/v1/wallet/topup", "{\"amount\": 10, \"provider\": \"paypal\"}")
                .problem(400, "provider");
        api.post("/api/v1/wallet/debit", "{\"amount\": 10, \"colour\": \"red\"}")
                .problem(400, "colour");

        WalletApi dollars = newDriver();
        dollars.topUp("12.50", "USD");
        dollars.post("/api/v1/wallet/debit", "{\"amount\": 1.234}").problem(400, "amount: has more decimals than USD");
        assertThat(dollars.balanceMinor()).isEqualTo(1250);
        assertThat(api.balanceMinor()).isEqualTo(1000);
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstResultAndAnotherBodyIsRefused() {
        WalletApi api = newDriver();
        api.topUp("3000", "UGX");
        String key = UUID.randomUUID().toString();

        JsonNode first =
                api.post("/api/v1/wallet/debit", "{\"amount\": 1000}", key).ok();
        JsonNode again =
                api.post("/api/v1/wallet/debit", "{ \"amount\" : 1000 }", key).ok();

        assertThat(again.path("transactionId").asString())
                .isEqualTo(first.path("transactionId").asString());
        assertThat(api.balanceMinor()).isEqualTo(2000);
        api.post("/api/v1/wallet/debit", "{\"amount\": 999}", key).problem(422, "Idempotency-Key");
        api.postWithoutKey("/api/v1/wallet/debit", "{\"amount\": 1}").problem(400, "Idempotency-Key");
        JsonNode byBodyKey = api.postWithoutKey(
                        "/api/v1/wallet/debit", "{\"amount\": 1, \"idempotencyKey\": \"" + key + "-body\"}")
                .ok();
        assertThat(byBodyKey.path("balance").decimalValue()).isEqualByComparingTo("1999");
    }

    @Test
    void transferMovesMoneyBetweenWalletsOfOneCurrency() {
        String receiverId = UUID.randomUUID().toString();
        WalletApi sender = newDriver();
        WalletApi receiver = driver(receiverId);
        sender.topUp("8000", "UGX");

        sender.post("/api/v1/wallet/transfer", "{\"targetUserId\": \"" + receiverId + "\", \"amount\": 3000}")
                .ok();

        assertThat(sender.balanceMinor()).isEqualTo(5000);
        assertThat(receiver.balanceMinor()).isEqualTo(3000);
        sender.post("/api/v1/wallet/transfer", "{\"targetUserId\": \"" + receiverId + "\", \"amount\": 6000}")
                .problem(422, "insufficient funds");
        WalletApi dollars = newDriver();
        dollars.topUp("5", "USD");
        dollars.post("/api/v1/wallet/transfer", "{\"targetUserId\": \"" + receiverId + "\", \"amount\": 1}")
                .problem(422, "targetUserId");
    }

    @Test
    void aLockedWalletRefusesDebitsUntilItsOwnerUnlocksIt() {
        WalletApi api = newDriver();
        api.topUp("2000", "UGX");

        api.post("/api/v1/wallet/lock", "{\"reason\": \"lost phone\"}").ok();
        api.post("/api/v1/wallet/debit", "{\"amount\": 10}").problem(422, "wallet: is locked: lost phone");
        api.topUp("10", "UGX");
        api.post("/api/v1/wallet/unlock", "{}").ok();

        api.post("/api/v1/wallet/debit", "{\"amount\": 10}").ok();
        assertThat(api.balanceMinor()).isEqualTo(2000);
    }

    @Test
    void anAdministratorsLockIsNotLiftedByTheOwner() {
        String userId = UUID.randomUUID().toString();
        WalletApi owner = driver(userId);
        WalletApi admin = admin();
        owner.topUp("100", "UGX");

        admin.post("/api/v1/wallet/lock", "{\"userId\": \"" + userId + "\", \"reason\": \"fraud review\"}")
                .ok();

        owner.post("/api/v1/wallet/unlock", "{}").problem(422, "administrator");
        admin.post("/api/v1/wallet/unlock", "{\"userId\": \"" + userId + "\"}").ok();
        owner.post("/api/v1/wallet/debit", "{\"amount\": 100}").ok();
    }

    @Test
    void aRefundGivesBackADebitButNeverMoreThanItTook() {
        String userId = UUID.randomUUID().toString();
        WalletApi owner = driver(userId);
        WalletApi admin = admin();
        owner.topUp("5000", "UGX");
        String debit = owner.post("/api/v1/wallet/debit", "{\"amount\": 3000}")
                .ok()
                .path("transactionId")
                .asString();

        String refund = "{\"userId\": \"%s\", \"transactionId\": \"%s\", \"amount\": %s}";
        admin.post("/api/v1/wallet/refund", refund.formatted(userId, debit, "1000"))
                .ok();
        admin.post("/api/v1/wallet/refund", refund.formatted(userId, debit, "2001"))
                .problem(422, "amount");
        admin.post("/api/v1/wallet/refund", refund.formatted(userId, debit, "2000"))
                .ok();

        assertThat(owner.balanceMinor()).isEqualTo(5000);
        owner.post("/api/v1/wallet/refund", "{\"transactionId\": \"" + debit + "\"}")
                .problem(403, "platform.admin");
    }

    @Test
    void aCreditLimitLetsAWalletGoBelowZeroAsFarAsItAllows() {
        String userId = UUID.randomUUID().toString();
        WalletApi owner = driver(userId);
        WalletApi admin = admin();
        owner.topUp("1000", "UGX");

        admin.post("/api/v1/wallet/credit-limit", "{\"userId\": \"" + userId + "\", \"creditLimit\": 500}")
                .ok();

        owner.post("/api/v1/wallet/debit", "{\"amount\": 1500}").ok();
        assertThat(owner.balanceMinor()).isEqualTo(-500);
        owner.post("/api/v1/wallet/debit", "{\"amount\": 1}").problem(422, "insufficient funds");
    }

    @Test
    void anotherUsersWalletIsForPlatformAdministratorsOnly() {
        WalletApi api = newDriver();
        api.get("/api/v1/wallet/balance?userId=someone-else").problem(403, "userId");
        api.get("/api/v1/wallet/balance?organizationId=org-x").problem(403, "organizationId");
    }
}
