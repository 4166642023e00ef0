package io.schemadiff.parser.rename;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.DataType;
import io.schemadiff.model.EnumType;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Table;
import io.schemadiff.parser.lex.Lexer;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --rename OLD=NEW}: OLD the object's whole name in the source schema, written as SQL writes names (folded
 * to lower case unless in double quotes), NEW its new name alone. Which object OLD is follows from the source:
 * {@code schema}; {@code schema.name} (a table, view, materialized view, sequence, index, type, or function, with
 * its argument types in parentheses when the name has overloads); {@code schema.table.name} (a column, constraint,
 * trigger or policy of the table, or a label of the enum, taken as written).
 */
final class RenameFlags {
    private RenameFlags() {}

    private static final List<ObjectKind> SCHEMA_LEVEL = List.of(ObjectKind.TABLE, ObjectKind.VIEW,
        ObjectKind.MATERIALIZED_VIEW, ObjectKind.SEQUENCE, ObjectKind.INDEX, ObjectKind.TYPE);

    static RenameResolver.Rename parse(String flag, Catalog from) {
        Source src = new Source("--rename", flag);
        RenameResolver.Origin origin = new RenameResolver.Origin(src, 0, true, "--rename " + flag);
        List<Token> ts;
        try {
            ts = Lexer.tokenize(src);
        } catch (InputError e) {
            throw new InputError(src, e.offset(), "cannot read --rename " + flag + ": " + e.reason());
        }
        int eq = -1;
        int depth = 0;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            depth += t.is(TokenType.LPAREN) ? 1 : t.is(TokenType.RPAREN) ? -1 : 0;
            if (depth == 0 && t.isOperator("=")) {
                eq = i;
                break;
            }
        }
        if (eq < 1 || ts.size() != eq + 3 || !(ts.get(eq + 1).isName() || ts.get(eq + 1).is(TokenType.STRING))) {
            throw usage(src, "expected OLD=NEW, NEW the new name alone (public.orders.note=remark)");
        }
        Token newToken = ts.get(eq + 1);
        List<Token> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            if (!ts.get(i).isName()) {
                throw usage(src, "expected a name at " + (ts.get(i).start() + 1));
            }
            parts.add(ts.get(i++));
            if (!ts.get(i).is(TokenType.DOT)) {
                break;
            }
            i++;
        }
        Optional<String> args = Optional.empty();
        if (ts.get(i).is(TokenType.LPAREN)) {
            int close = eq - 1;
            if (!ts.get(close).is(TokenType.RPAREN)) {
                throw usage(src, "expected ) after the argument types");
            }
            args = Optional.of(flag.substring(ts.get(i).end(), ts.get(close).start()));
            i = eq;
        }
        if (i != eq || parts.size() > 3 || args.isPresent() && parts.size() != 2) {
            throw usage(src, "OLD is schema, schema.name, schema.name(argument types) or schema.table.name");
        }
        return resolve(from, src, origin, parts, args, newToken);
    }

    private static InputError usage(Source src, String message) {
        return new InputError(src, 0, "cannot read --rename " + src.text() + ": " + message);
    }

    private static RenameResolver.Rename resolve(Catalog from, Source src, RenameResolver.Origin origin,
                                                 List<Token> parts, Optional<String> args, Token newToken) {
        String flag = src.text();
        String written = flag.substring(0, parts.get(parts.size() - 1).end()) + args.map(a -> "(" + a + ")").orElse("");
        String newName = newToken.value();
        String newRaw = newToken.is(TokenType.IDENT) ? flag.substring(newToken.start(), newToken.end()) : newName;
        List<RenameResolver.Rename> found = new ArrayList<>();
        if (parts.size() == 1) {
            ObjectId id = ObjectId.schema(parts.get(0).value());
            if (from.get(id).isPresent()) {
                found.add(new RenameResolver.Rename(id, Optional.empty(), newName, origin, false));
            }
        } else if (parts.size() == 2) {
            QualifiedName qn = new QualifiedName(parts.get(0).value(), parts.get(1).value());
            for (ObjectKind k : SCHEMA_LEVEL) {
                ObjectId id = ObjectId.of(k, qn);
                if (from.get(id).isPresent()) {
                    found.add(new RenameResolver.Rename(id, Optional.empty(), newName, origin, false));
                }
            }
            for (ObjectId id : from.objects().keySet()) {
                if (id.kind() == ObjectKind.FUNCTION && id.qualifiedName().equals(qn)
                    && args.map(a -> sameArguments(a, id.member())).orElse(true)) {
                    found.add(new RenameResolver.Rename(id, Optional.empty(), newName, origin, false));
                }
            }
        } else {
            QualifiedName qn = new QualifiedName(parts.get(0).value(), parts.get(1).value());
            Token last = parts.get(2);
            String member = last.value();
            String raw = last.is(TokenType.IDENT) ? flag.substring(last.start(), last.end()) : member;
            Optional<Table> t = from.table(qn);
            if (t.isPresent() && t.get().column(member).isPresent()) {
                found.add(new RenameResolver.Rename(ObjectId.column(qn, member), Optional.empty(), newName, origin,
                    false));
            }
            if (t.isPresent() && t.get().constraint(member).isPresent()) {
                found.add(new RenameResolver.Rename(ObjectId.constraint(qn, member), Optional.empty(), newName, origin,
                    false));
            }
            for (ObjectId id : List.of(ObjectId.trigger(qn, member), ObjectId.policy(qn, member))) {
                if (from.get(id).isPresent()) {
                    found.add(new RenameResolver.Rename(id, Optional.empty(), newName, origin, false));
                }
            }
            if (from.get(ObjectId.of(ObjectKind.TYPE, qn)).orElse(null) instanceof EnumType e
                && e.labels().contains(raw)) {
                found.add(new RenameResolver.Rename(e.id(), Optional.of(raw), newRaw, origin, false));
            }
        }
        if (found.isEmpty()) {
            throw new InputError(src, 0, "FROM has no object named " + written + " (--rename " + flag + ")");
        }
        if (found.size() > 1) {
            List<String> what = new ArrayList<>();
            for (RenameResolver.Rename r : found) {
                what.add(RenameResolver.describe(r.old(), r.oldLabel()));
            }
            throw new InputError(src, 0, written + " names more than one object in FROM: " + String.join(", ", what)
                + (found.get(0).old().kind() == ObjectKind.FUNCTION ? "; write the argument types: "
                + found.get(0).old().qualifiedName() + found.get(0).old().member() : ""));
        }
        RenameResolver.Rename r = found.get(0);
        if (r.oldName().equals(r.newName())) {
            throw new InputError(src, 0, "--rename " + flag + " renames nothing: the name is the same");
        }
        return r;
    }

    /**
     * Whether the argument types as written ({@code int, text}) are the identity arguments {@code (integer, text)}:
     * each the same, the same built-in type by another name, or a user type without its schema.
     */
    static boolean sameArguments(String written, String identity) {
        List<String> a = split(written);
        List<String> b = split(identity.substring(1, identity.length() - 1));
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String y = b.get(i);
            boolean same = x.equals(y) || DataType.canonicalBuiltin(x).map(y::equals).orElse(false)
                || y.endsWith("." + x) || x.replace("\"", "").equals(y.replace("\"", ""));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list.isBlank()) {
            return out;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(list.substring(start).strip());
        return out;
    }
}
