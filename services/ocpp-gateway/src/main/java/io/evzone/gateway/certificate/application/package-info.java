/** Signing charger CSRs, delivering the signed certificate, reporting security events. */
package io.evzone.gateway.certificate.application;
