/**
 * Events of the billing service on {@code billing.events.v1}: session prices, payments, wallet
 * balances and invoices. Money is always minor units of an ISO 4217 currency.
 */
package io.evzone.contracts.billing;
