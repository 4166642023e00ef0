/** tmp */ package io.schemadiff.differ;
