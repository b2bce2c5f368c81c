/** Configuration: gateway properties, Tomcat and TLS connectors, open-file limits. */
package io.evzone.gateway.config;
