package io.schemadiff.parser.interp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a fresh database has before any schema is loaded: the functions and operator classes of pg_catalog,
 * and which extension provides which function, type and operator class (data read once from PostgreSQL).
 */
final class Builtins {
    private Builtins() {}

    private static Set<String> functions;
    private static Set<String> opclasses;
    /** kind + ":" + name → extension name. */
    private static Map<String, String> extensionMembers;

    static synchronized boolean isFunction(String name) {
        if (functions == null) {
            functions = lines("pg_catalog_functions.txt");
        }
        return functions.contains(name);
    }

    private static Set<String> collations;

    static synchronized boolean isCollation(String name) {
        if (collations == null) {
            collations = lines("pg_catalog_collations.txt");
        }
        return collations.contains(name);
    }

    static synchronized boolean isOpclass(String name) {
        if (opclasses == null) {
            opclasses = lines("pg_catalog_opclasses.txt");
        }
        return opclasses.contains(name);
    }

    /** The extension that provides a member of {@code kind} (f, t or o) named {@code name}, or null. */
    static synchronized String extensionOf(char kind, String name) {
        if (extensionMembers == null) {
            Map<String, String> m = new HashMap<>();
            for (String line : lines("extension_members.tsv")) {
                String[] f = line.split("\t");
                if (f.length == 3) {
                    m.putIfAbsent(f[1] + ":" + f[2], f[0]);
                }
            }
            extensionMembers = m;
        }
        String ext = extensionMembers.get(kind + ":" + name);
        if (ext == null && kind == 'f' && name.startsWith("st_")) {
            return "postgis";
        }
        return ext;
    }

    private static Set<String> lines(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Builtins.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
