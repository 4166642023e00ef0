package io.schemadiff.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.schemadiff.cli.ReportSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schemadiff review} on a pull request's history, and docs/ci's GitHub Actions workflow run step by step. */
class ReviewIT {
    @TempDir
    Path dir;

    static final String SCHEMA = "create table users (id int primary key, name text);\n";

    /** A remote with main, and a clone on a feature branch that changes the schema and adds a migration. */
    private Shell pullRequest(String newSchema, String migration) {
        Shell origin = new Shell(dir.resolve("origin"));
        origin.ok("git", "init", "-q", "--bare", "-b", "main", origin.dir().toString());
        Shell seed = new Shell(dir.resolve("seed")).gitInit();
        seed.write("db/schema.sql", SCHEMA);
        seed.write("db/migrations/001_users.sql", SCHEMA);
        seed.write("README.md", "app\n");
        seed.commitAll("first");
        seed.ok("git", "push", "-q", origin.dir().toString(), "main");
        Shell work = new Shell(dir.resolve("work"));
        seed.ok("git", "clone", "-q", origin.dir().toString(), work.dir().toString());
        work.ok("git", "checkout", "-q", "-b", "feature");
        work.write("db/schema.sql", newSchema);
        work.write("db/migrations/002_change.sql", migration);
        work.write("README.md", "app, changed\n");
        work.commitAll("change the schema");
        return work;
    }

    @Test
    void reviewReportsEachChangedSchemaAndMigrationsFolder() throws Exception {
        Shell work = pullRequest("create table users (id int primary key, name text, email text);\n",
            "alter table users add column email text;\n");
        Shell.Result md = work.schemadiff("review", "origin/main", "HEAD");
        assertEquals(0, md.exit(), md.both());
        assertTrue(md.out().startsWith("<!-- schemadiff-review -->\n## Schema review\n"), md.out());
        assertTrue(md.out().contains("**Policy: passed.**"), md.out());
        assertTrue(md.out().contains("### `db/schema.sql` (modified)"), md.out());
        assertTrue(md.out().contains("### `db/migrations/` (migrations: added 002_change.sql)"), md.out());
        assertTrue(md.out().contains("ALTER TABLE public.users ADD COLUMN email text;"), md.out());
        assertFalse(md.out().contains("README"), md.out());
        assertEquals(2, work.schemadiff("review", "--exit-code", "origin/main", "HEAD").exit());

        Shell.Result json = work.schemadiff("review", "--format", "json", "origin/main", "HEAD", "db/migrations");
        assertEquals(0, json.exit(), json.both());
        ReportSchema.check(json.out());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("review", root.get("kind").asText());
        assertEquals("passed", root.get("status").asText());
        assertEquals(1, root.get("files").size(), "only what is under the path given");
        JsonNode f = root.get("files").get(0);
        assertEquals("db/migrations", f.get("path").asText());
        assertEquals("migrations", f.get("kind").asText());
        assertEquals(1, f.get("report").get("changes").size());
    }

    @Test
    void aRefusedChangeFailsTheReviewAndSaysWhy() {
        Shell work = pullRequest("create table users (id int primary key);\n",
            "alter table users drop column name;\n");
        Shell.Result r = work.schemadiff("review", "origin/main", "HEAD");
        assertEquals(3, r.exit(), r.both());
        assertTrue(r.out().contains("**Policy: failed.**"), r.out());
        assertTrue(r.out().contains("`ALTER TABLE public.users DROP COLUMN name`: **refused:** **can lose data**"), r.out());
        assertEquals(0, work.schemadiff("review", "--unsafe", "origin/main", "HEAD").exit());
    }

    /**
     * docs/ci/github-actions-review.yml's shell steps, run as the runner runs them (bash -eo pipefail, GITHUB_OUTPUT,
     * GITHUB_PATH, expressions), with schemadiff built from this repository and {@code gh} stubbed.
     */
    @Test
    void theGitHubActionsWorkflowPostsAndUpdatesOneComment() throws Exception {
        Shell work = pullRequest("create table users (id int primary key);\n", "alter table users drop column name;\n");
        Path temp = Files.createDirectories(dir.resolve("runner-temp"));
        Path stub = Files.createDirectories(dir.resolve("stub"));
        Path ghLog = dir.resolve("gh.log");
        Files.writeString(stub.resolve("gh"), """
            #!/usr/bin/env bash
            # gh, as far as the workflow uses it: list comments (by --jq), create or update one
            echo "gh $*" >> "$GH_LOG"
            for a in "$@"; do case "$a" in body=@*) cat "${a#body=@}" > "$GH_LOG.body" ;; esac; done
            case "$*" in
              *--jq*) [ -f "$GH_LOG.id" ] && cat "$GH_LOG.id"; exit 0 ;;
              *"--method POST"*) echo 555 > "$GH_LOG.id" ;;
            esac
            """, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(stub.resolve("gh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        // schemadiff is built from a copy of this repository's HEAD, as the workflow clones it
        Path mirror = dir.resolve("schemadiff.git");
        work.ok("git", "clone", "-q", "--bare", Shell.HOME.toString(), mirror.toString());
        String headSha = work.ok("git", "-C", Shell.HOME.toString(), "rev-parse", "HEAD").out().trim();
        work.ok("git", "--git-dir", mirror.toString(), "update-ref", "refs/heads/main", headSha);

        Runner runner = new Runner(work, temp, stub, ghLog, "file://" + mirror);
        Runner.Job first = runner.run(workflow(), List.of());
        assertEquals("Fail when the policy refused a change", first.failedStep(), first.log());
        assertTrue(Files.readString(ghLog).contains("gh api --method POST repos/acme/app/issues/7/comments"),
            Files.readString(ghLog));
        String body = Files.readString(Path.of(ghLog + ".body"));
        assertTrue(body.startsWith("<!-- schemadiff-review -->"), body);
        assertTrue(body.contains("**Policy: failed.**"), body);
        assertTrue(Files.readString(temp.resolve("summary.md")).contains("## Schema review"));

        // the author fixes the pull request: the same comment is updated, and the job passes
        work.write("db/schema.sql", "create table users (id int primary key, name text, email text);\n");
        work.write("db/migrations/002_change.sql", "alter table users add column email text;\n");
        work.commitAll("keep the column");
        Runner.Job second = runner.run(workflow(), List.of("Build schemadiff"));
        assertEquals(null, second.failedStep(), second.log());
        assertTrue(Files.readString(ghLog).contains("gh api --method PATCH repos/acme/app/issues/comments/555"),
            Files.readString(ghLog));
        assertTrue(Files.readString(Path.of(ghLog + ".body")).contains("**Policy: passed.**"));
    }

    private static JsonNode workflow() throws Exception {
        return new YAMLMapper().readTree(Shell.HOME.resolve("docs/ci/github-actions-review.yml").toFile());
    }

    /** The parts of a GitHub Actions runner the workflow's shell steps use. */
    static final class Runner {
        record Job(String failedStep, String log) {}

        private final Shell work;
        private final Path temp;
        private final Path stub;
        private final Path ghLog;
        private final String schemadiffRepo;
        private final List<String> path = new ArrayList<>();

        Runner(Shell work, Path temp, Path stub, Path ghLog, String schemadiffRepo) {
            this.work = work;
            this.temp = temp;
            this.stub = stub;
            this.ghLog = ghLog;
            this.schemadiffRepo = schemadiffRepo;
        }

        /** Runs the job's {@code run} steps in order (skipping {@code uses} steps and {@code skip}); stops at a failure. */
        Job run(JsonNode workflow, List<String> skip) throws Exception {
            Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
            StringBuilder log = new StringBuilder();
            JsonNode job = workflow.get("jobs").get("review");
            int n = 0;
            for (JsonNode step : job.get("steps")) {
                if (!step.has("run") || skip.contains(step.path("name").asText())) {
                    continue;
                }
                String name = step.path("name").asText();
                Path output = temp.resolve("output-" + n);
                Path addPath = temp.resolve("path-" + n++);
                Files.writeString(output, "");
                Files.writeString(addPath, "");
                Map<String, String> env = new LinkedHashMap<>();
                workflow.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
                env.put("SCHEMADIFF_REPO", schemadiffRepo);
                step.path("env").fields().forEachRemaining(e -> env.put(e.getKey(),
                    expand(e.getValue().asText(), outputs)));
                env.put("GITHUB_BASE_REF", "main");
                env.put("GITHUB_REPOSITORY", "acme/app");
                env.put("GITHUB_OUTPUT", output.toString());
                env.put("GITHUB_PATH", addPath.toString());
                env.put("GITHUB_STEP_SUMMARY", temp.resolve("summary.md").toString());
                env.put("RUNNER_TEMP", temp.toString());
                env.put("GH_LOG", ghLog.toString());
                env.put("PATH", String.join(":", path) + (path.isEmpty() ? "" : ":") + stub + ":"
                    + System.getenv("PATH"));
                env.forEach(work::env);
                Path script = temp.resolve("step-" + n + ".sh");
                Files.writeString(script, expand(step.get("run").asText(), outputs), StandardCharsets.UTF_8);
                Shell.Result r = work.run("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString());
                log.append("== ").append(name).append(" (exit ").append(r.exit()).append(")\n").append(r.both());
                Map<String, String> out = new LinkedHashMap<>();
                for (String line : Files.readAllLines(output)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        out.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
                outputs.put(step.path("id").asText(name), out);
                for (String line : Files.readAllLines(addPath)) {
                    if (!line.isBlank()) {
                        path.add(0, line.strip());
                    }
                }
                if (r.exit() != 0) {
                    return new Job(name, log.toString());
                }
            }
            return new Job(null, log.toString());
        }

        /** {@code ${{ … }}} as the runner fills it in; an expression this runner does not know fails the test. */
        private static String expand(String text, Map<String, Map<String, String>> outputs) {
            Matcher m = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}").matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String expr = m.group(1);
                String value;
                if (expr.equals("github.token")) {
                    value = "test-token";
                } else if (expr.equals("github.event.pull_request.number")) {
                    value = "7";
                } else if (expr.startsWith("steps.")) {
                    String[] p = expr.split("\\.");
                    value = outputs.getOrDefault(p[1], Map.of()).getOrDefault(p[3], "");
                } else {
                    throw new AssertionError("the workflow uses an expression the test runner does not know: " + expr);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            return sb.toString();
        }
    }
}
