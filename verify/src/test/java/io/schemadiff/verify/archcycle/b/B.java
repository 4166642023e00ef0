package io.schemadiff.verify.archcycle.b;

import io.schemadiff.verify.archcycle.a.A;

/** ArchitectureTest's fixture: the other half of the cycle. */
public class B {
    public A a;
}
