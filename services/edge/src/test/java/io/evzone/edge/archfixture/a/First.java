package io.evzone.edge.archfixture.a;

import io.evzone.edge.archfixture.b.Second;

/** Fixture: half of a package cycle, for {@code ArchitectureTest} to prove its rule catches one. */
public class First {
    Second second;
}
