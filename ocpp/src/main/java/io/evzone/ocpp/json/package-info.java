/** The shared Jackson mapper and RFC 3339 date-times as OCPP uses them. */
package io.evzone.ocpp.json;
