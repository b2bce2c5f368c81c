-- The double-entry ledger. Amounts are signed minor units of the account's currency: a positive line
-- credits an account, a negative line debits it. Wallets, revenue and VAT payable (what the platform
-- owes) therefore have positive balances; cash in transit, receivables and expenses negative ones.
CREATE TABLE ledger_account (
    id              UUID PRIMARY KEY,
    kind            TEXT        NOT NULL,
    owner_id        TEXT        NOT NULL,
    currency        CHAR(3)     NOT NULL,
    balance         BIGINT      NOT NULL DEFAULT 0,
    credit_limit    BIGINT      NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    locked          BOOLEAN     NOT NULL DEFAULT FALSE,
    locked_by       TEXT,
    lock_reason     TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (kind, owner_id, currency),
    UNIQUE (id, currency),
    -- A wallet never goes below zero unless its organization granted a credit limit.
    CONSTRAINT wallet_within_credit_limit
        CHECK (kind NOT IN ('USER_WALLET', 'ORGANIZATION_WALLET') OR balance >= -credit_limit)
);

-- One wallet per user or organization, in one currency.
CREATE UNIQUE INDEX one_wallet_per_owner ON ledger_account (kind, owner_id)
    WHERE kind IN ('USER_WALLET', 'ORGANIZATION_WALLET');

CREATE TABLE journal_entry (
    id          UUID PRIMARY KEY,
    kind        TEXT        NOT NULL,
    currency    CHAR(3)     NOT NULL,
    reference   TEXT,
    description TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, currency)
);

CREATE INDEX journal_entry_by_reference ON journal_entry (reference) WHERE reference IS NOT NULL;

CREATE TABLE journal_line (
    id         BIGSERIAL PRIMARY KEY,
    entry_id   UUID    NOT NULL,
    account_id UUID    NOT NULL,
    currency   CHAR(3) NOT NULL,
    amount     BIGINT  NOT NULL CHECK (amount <> 0),
    -- Every line is in its entry's currency and its account's currency.
    FOREIGN KEY (entry_id, currency) REFERENCES journal_entry (id, currency),
    FOREIGN KEY (account_id, currency) REFERENCES ledger_account (id, currency)
);

CREATE INDEX journal_line_by_account ON journal_line (account_id, id DESC);
CREATE INDEX journal_line_by_entry ON journal_line (entry_id);

-- Each entry's lines sum to zero, checked when the transaction commits (all lines are in by then).
CREATE FUNCTION journal_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total NUMERIC;
BEGIN
    SELECT COALESCE(SUM(amount), 0) INTO total FROM journal_line WHERE entry_id = NEW.entry_id;
    IF total <> 0 THEN
        RAISE EXCEPTION 'journal entry % does not balance: its lines sum to %', NEW.entry_id, total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER journal_entry_balanced
    AFTER INSERT ON journal_line DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION journal_entry_balanced();

-- The cached balance moves with every line, in the same statement, so it cannot drift from the journal.
CREATE FUNCTION journal_line_moves_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ledger_account SET balance = balance + NEW.amount WHERE id = NEW.account_id;
    RETURN NULL;
END $$;

CREATE TRIGGER journal_line_moves_balance
    AFTER INSERT ON journal_line
    FOR EACH ROW EXECUTE FUNCTION journal_line_moves_balance();

-- The journal is append-only: a correction is a new entry.
CREATE FUNCTION journal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the journal is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_is_append_only();
CREATE TRIGGER journal_line_append_only BEFORE UPDATE OR DELETE ON journal_line
    FOR EACH ROW EXECUTE FUNCTION journal_is_append_only();
CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON journal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION journal_is_append_only();
CREATE TRIGGER journal_line_no_truncate BEFORE TRUNCATE ON journal_line
    FOR EACH STATEMENT EXECUTE FUNCTION journal_is_append_only();

-- Money set aside on a prepaid driver's wallet for a charging session, captured by its final price.
CREATE TABLE wallet_hold (
    id           UUID PRIMARY KEY,
    wallet_id    UUID        NOT NULL REFERENCES ledger_account (id),
    session_id   TEXT        NOT NULL UNIQUE,
    amount       BIGINT      NOT NULL CHECK (amount > 0),
    currency     CHAR(3)     NOT NULL,
    status       TEXT        NOT NULL,
    captured     BIGINT,
    expires_at   TIMESTAMPTZ NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    closed_at    TIMESTAMPTZ
);

CREATE INDEX wallet_hold_active ON wallet_hold (expires_at) WHERE status = 'ACTIVE';

-- The stored answer of each money-moving request, by caller and Idempotency-Key.
CREATE TABLE idempotent_request (
    caller_id    TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    operation    TEXT        NOT NULL,
    request_hash TEXT        NOT NULL,
    response     TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (caller_id, key)
);

-- The entry that charged each priced session, and the price version it charged; a later version
-- reverses it and charges again.
CREATE TABLE session_charge (
    session_id TEXT PRIMARY KEY,
    version    INT         NOT NULL,
    entry_id   UUID        NOT NULL REFERENCES journal_entry (id),
    charged_at TIMESTAMPTZ NOT NULL
);
