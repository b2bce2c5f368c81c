package io.evzone.edge.archfixture.b;

import io.evzone.billing.archfixture.OtherServiceClass;
import io.evzone.edge.archfixture.a.First;

/** Fixture: the other half of the cycle, and a reach into another service's code. */
public class Second {
    First first;
    OtherServiceClass billing;
}
