/** Statement text and the SQL script; every identifier quoted by the model's one quoting helper. */
package io.schemadiff.differ.write;
