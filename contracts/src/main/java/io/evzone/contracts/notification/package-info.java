/** Requests to notify someone, published on {@link io.evzone.contracts.Topics#NOTIFICATION_REQUESTS}. */
package io.evzone.contracts.notification;
