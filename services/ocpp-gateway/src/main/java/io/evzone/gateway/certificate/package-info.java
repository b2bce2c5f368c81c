/** Certificates: the local CA, charger certificate signing (SignCertificate, CertificateSigned) and security events. */
package io.evzone.gateway.certificate;
