/** One class per object kind, turning a pair of objects (either side may be missing) into steps. */
package io.schemadiff.differ.object;
