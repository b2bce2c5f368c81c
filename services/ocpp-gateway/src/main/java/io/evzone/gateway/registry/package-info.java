/** Registry: the station service's charger records (credentials, policy for unknown chargers) as the gateway keeps them. */
package io.evzone.gateway.registry;
