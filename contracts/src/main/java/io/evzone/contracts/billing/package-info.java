/**
 * Events the billing service publishes on {@code billing.events.v1}: session prices (keyed by the
 * session id, so one session's prices stay in order), payments, wallet balances and invoices.
 *
 * <p>Money is an integer amount of minor units of the ISO 4217 {@code currency} (UGX has none, so
 * 1500 means UGX 1,500; USD has two, so 1500 means USD 15.00). Never a floating-point amount.
 */
package io.evzone.contracts.billing;
