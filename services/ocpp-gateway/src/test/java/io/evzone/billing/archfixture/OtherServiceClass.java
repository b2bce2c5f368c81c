package io.evzone.billing.archfixture;

/** Stands for another service's code in the gateway's architecture fixtures. */
public class OtherServiceClass {}
