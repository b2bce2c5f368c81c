package io.evzone.billing.archfixture;

/** Stands for another service's code in the architecture fixtures. */
public class OtherServiceClass {}
