package io.schemadiff.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser's packages are layers: no two use each other, however indirectly, and the root package (the facade,
 * {@link SchemaReader}) uses its subpackages while none of them uses it. Read from the sources: what each file
 * imports or names fully qualified.
 */
class PackageLayersTest {
    private static final String ROOT = "io.schemadiff.parser";
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** A class of this module named in an import or in code: the package is what comes before the first capital. */
    private static final Pattern USE = Pattern.compile("(?<![\\w.])(io\\.schemadiff\\.parser(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void packagesFormLayers() throws IOException {
        Map<String, Set<String>> uses = uses(sources(Path.of("src", "main", "java")));
        assertTrue(uses.containsKey(ROOT + ".interp"), "the sources were found: " + uses.keySet());
        assertEquals(List.of(), cycles(uses), "package cycles");
        List<String> upward = new ArrayList<>();
        uses.forEach((pkg, used) -> {
            if (!pkg.equals(ROOT) && used.contains(ROOT)) {
                upward.add(pkg);
            }
        });
        assertEquals(List.of(), upward, "subpackages that use the root package (the facade)");
    }

    @Test
    void aCycleIsFound() {
        Map<String, String> files = Map.of(
            "a/A.java", "package io.schemadiff.parser.a;\nimport io.schemadiff.parser.b.B;\n",
            "b/B.java", "package io.schemadiff.parser.b;\nclass B { io.schemadiff.parser.c.C c; }\n",
            "c/C.java", "package io.schemadiff.parser.c;\nimport io.schemadiff.parser.a.A.Inner;\n",
            "d/D.java", "package io.schemadiff.parser.d;\nimport io.schemadiff.parser.a.A;\n");
        assertEquals(List.of("io.schemadiff.parser.a -> io.schemadiff.parser.b -> io.schemadiff.parser.c -> "
            + "io.schemadiff.parser.a"), cycles(uses(files)));
    }

    private static Map<String, String> sources(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                out.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Each package of the sources, to the other packages of this module its files use. */
    static Map<String, Set<String>> uses(Map<String, String> files) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String text : files.values()) {
            // comments may name anything ({@link …}): only code counts
            String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            Matcher pm = PACKAGE.matcher(code);
            if (!pm.find()) {
                continue;
            }
            String pkg = pm.group(1);
            Set<String> used = out.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = USE.matcher(code.substring(pm.end()));
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    used.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** The cycles of the graph, each from its least package, without repeats. */
    static List<String> cycles(Map<String, Set<String>> uses) {
        Set<String> found = new TreeSet<>();
        for (String start : uses.keySet()) {
            walk(uses, start, new ArrayList<>(List.of(start)), found);
        }
        return new ArrayList<>(found);
    }

    private static void walk(Map<String, Set<String>> uses, String at, List<String> path, Set<String> found) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(path.get(0))) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(next);
                found.add(String.join(" -> ", cycle));
            } else if (!path.contains(next) && next.compareTo(path.get(0)) > 0) {
                path.add(next);
                walk(uses, next, path, found);
                path.remove(path.size() - 1);
            }
        }
    }
}
