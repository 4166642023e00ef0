package io.schemadiff.verify.archcycle.a;

import io.schemadiff.verify.archcycle.b.B;

/** ArchitectureTest's fixture: uses {@link B}, which uses this, so that the cycle rule has a cycle to find. */
public class A {
    public B b;
}
