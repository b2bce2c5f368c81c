package io.evzone.billing.archfixture;

/** Fixture: stands for another service's code, which the edge must not import. */
public class OtherServiceClass {}
