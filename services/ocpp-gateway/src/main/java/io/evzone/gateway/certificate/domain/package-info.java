/** The local PKI and charger certificate decisions, in plain Java. */
package io.evzone.gateway.certificate.domain;
