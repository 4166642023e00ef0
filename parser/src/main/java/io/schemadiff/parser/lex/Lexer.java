package io.schemadiff.parser.lex;

import io.schemadiff.model.Identifiers;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * PostgreSQL's lexer, written after src/backend/parser/scan.l (PostgreSQL 18), with psql's habit of reading a
 * backslash outside quotes as a meta-command that runs to the end of the line.
 *
 * <p>Comments and whitespace are skipped; every other character of the source belongs to exactly one token.
 * Errors (an unterminated string or comment, a bad escape) are {@link InputError}s at the offending offset.
 */
public final class Lexer {
    private final Source source;
    private final String s;
    /** The text as an array: indexing it is much cheaper than String.charAt on text that is not all Latin-1. */
    private final char[] cs;
    private final int n;
    private int pos;
    /** One instance of each identifier: the model keeps them, and they repeat across thousands of tables. */
    private final HashMap<String, String> names = new HashMap<>(1024);

    public Lexer(Source source) {
        this.source = source;
        this.s = source.text();
        this.cs = s.toCharArray();
        this.n = cs.length;
        int nul = s.indexOf('\0');
        if (nul >= 0) {
            // the server takes SQL as C strings: it refuses a NUL anywhere, in a string or a comment too
            throw error(nul, "invalid byte sequence for encoding \"UTF8\": 0x00 (a NUL byte)");
        }
    }

    /** Lexes the part of {@code source} from {@code from} to {@code to} (a DO block's body), at its offsets. */
    public Lexer(Source source, int from, int to) {
        this.source = source;
        this.s = source.text();
        this.cs = s.toCharArray();
        this.n = to;
        this.pos = from;
    }

    /** All tokens of the source, ending with one {@link TokenType#EOF}. */
    public static List<Token> tokenize(Source source) {
        Lexer lx = new Lexer(source);
        List<Token> out = new ArrayList<>(Math.max(16, source.text().length() / 5));
        Token t;
        do {
            t = lx.next();
            out.add(t);
        } while (t.type() != TokenType.EOF);
        return out;
    }

    private InputError error(int at, String reason) {
        return new InputError(source, at, reason);
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentCont(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOpChar(char c) {
        return switch (c) {
            case '~', '!', '@', '#', '^', '&', '|', '`', '?', '+', '-', '*', '/', '%', '<', '>', '=' -> true;
            default -> false;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private char at(int i) {
        return i < n ? cs[i] : '\0';
    }

    /** Skips whitespace and comments; nested block comments as the server nests them. */
    private void skipTrivia() {
        while (pos < n) {
            char c = cs[pos];
            if (isSpace(c)) {
                pos++;
            } else if (c == '-' && at(pos + 1) == '-') {
                while (pos < n && cs[pos] != '\n' && cs[pos] != '\r') {
                    pos++;
                }
            } else if (c == '/' && at(pos + 1) == '*') {
                int start = pos;
                int depth = 1;
                pos += 2;
                while (depth > 0) {
                    if (pos >= n) {
                        throw error(start, "unterminated /* comment");
                    }
                    char d = cs[pos];
                    if (d == '/' && at(pos + 1) == '*') {
                        depth++;
                        pos += 2;
                    } else if (d == '*' && at(pos + 1) == '/') {
                        depth--;
                        pos += 2;
                    } else {
                        pos++;
                    }
                }
            } else {
                return;
            }
        }
    }

    public Token next() {
        skipTrivia();
        if (pos >= n) {
            return new Token(TokenType.EOF, "", n, n);
        }
        int start = pos;
        char c = cs[pos];
        char c1 = at(pos + 1);
        switch (c) {
            case '\'':
                return standardString(start, pos + 1, false);
            case '"':
                return quotedIdent(start, pos + 1, false);
            case '$':
                return dollar(start);
            case '\\':
                return meta(start);
            case '(':
                return single(TokenType.LPAREN);
            case ')':
                return single(TokenType.RPAREN);
            case '[':
                return single(TokenType.LBRACKET);
            case ']':
                return single(TokenType.RBRACKET);
            case ',':
                return single(TokenType.COMMA);
            case ';':
                return single(TokenType.SEMICOLON);
            case ':':
                if (c1 == ':') {
                    pos += 2;
                    return new Token(TokenType.TYPECAST, "::", start, pos);
                }
                if (c1 == '=') {
                    pos += 2;
                    return new Token(TokenType.COLON_EQUALS, ":=", start, pos);
                }
                return single(TokenType.COLON);
            case '.':
                if (c1 == '.') {
                    pos += 2;
                    return new Token(TokenType.DOT_DOT, "..", start, pos);
                }
                if (isDigit(c1)) {
                    return number(start);
                }
                return single(TokenType.DOT);
            default:
                break;
        }
        if (isDigit(c)) {
            return number(start);
        }
        if ((c == 'e' || c == 'E') && c1 == '\'') {
            return extendedString(start, pos + 2);
        }
        if ((c == 'n' || c == 'N') && c1 == '\'') {
            return standardString(start, pos + 2, false);
        }
        if ((c == 'b' || c == 'B' || c == 'x' || c == 'X') && c1 == '\'') {
            return bitString(start);
        }
        if ((c == 'u' || c == 'U') && c1 == '&' && (at(pos + 2) == '\'' || at(pos + 2) == '"')) {
            return at(pos + 2) == '\'' ? standardString(start, pos + 3, true) : quotedIdent(start, pos + 3, true);
        }
        if (isIdentStart(c)) {
            return identifier(start);
        }
        if (isOpChar(c)) {
            return operator(start);
        }
        // scan.l returns any other character as a one-character token; the parser will reject it.
        pos += Character.charCount(s.codePointAt(pos));
        return new Token(TokenType.OPERATOR, s.substring(start, pos), start, pos);
    }

    private Token single(TokenType t) {
        int start = pos++;
        return new Token(t, s.substring(start, pos), start, pos);
    }

    private Token identifier(int start) {
        char first = cs[pos++];
        boolean upper = first >= 'A' && first <= 'Z';
        boolean ascii = first < 0x80;
        while (pos < n && isIdentCont(cs[pos])) {
            char c = cs[pos];
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 0x80) {
                ascii = false;
            }
            pos++;
        }
        if (ascii && pos - start <= Identifiers.MAX_BYTES) {
            return new Token(TokenType.IDENT, intern(start, pos, upper), start, pos);
        }
        String raw = s.substring(start, pos);
        String value = upper ? downcase(raw) : raw;
        value = Identifiers.truncate(value);
        String shared = names.putIfAbsent(value, value);
        return new Token(TokenType.IDENT, shared != null ? shared : value, start, pos);
    }

    /** Interned identifiers by their folded text: one String per distinct name, found without allocating one. */
    private String[] interned = new String[1024];
    private int internedCount;

    /** The folded (ASCII lower case) text of {@code cs[from, to)}, shared by every token of the same name. */
    private String intern(int from, int to, boolean upper) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = cs[i];
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        int mask = interned.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        while (true) {
            String e = interned[slot];
            if (e == null) {
                String v = upper ? downcase(s.substring(from, to)) : s.substring(from, to);
                interned[slot] = v;
                if (++internedCount * 2 > interned.length) {
                    grow();
                }
                return v;
            }
            if (e.length() == to - from && same(e, from, to)) {
                return e;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean same(String e, int from, int to) {
        for (int i = from, j = 0; i < to; i++, j++) {
            char c = cs[i];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != e.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = interned;
        interned = new String[old.length * 2];
        int mask = interned.length - 1;
        for (String e : old) {
            if (e != null) {
                int h = e.hashCode();
                int slot = (h ^ (h >>> 16)) & mask;
                while (interned[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                interned[slot] = e;
            }
        }
    }

    /** downcase_identifier(): only ASCII letters are folded, as the server does for multibyte encodings. */
    private static String downcase(String raw) {
        char[] cs = raw.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= 'A' && cs[i] <= 'Z') {
                cs[i] = (char) (cs[i] + 32);
            }
        }
        return new String(cs);
    }

    private Token quotedIdent(int start, int bodyStart, boolean unicode) {
        StringBuilder sb = new StringBuilder();
        pos = bodyStart;
        while (true) {
            if (pos >= n) {
                throw error(start, "unterminated quoted identifier");
            }
            char c = cs[pos];
            if (c == '"') {
                if (at(pos + 1) == '"') {
                    sb.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            sb.append(c);
            pos++;
        }
        String value = sb.toString();
        if (unicode) {
            value = decodeUnicodeEscapes(start, value, uescape());
        }
        if (value.isEmpty()) {
            throw error(start, "zero-length delimited identifier");
        }
        return new Token(TokenType.QUOTED_IDENT, Identifiers.truncate(value), start, pos);
    }

    /** An optional {@code UESCAPE 'c'} after a U&amp; literal; returns the escape character. */
    private char uescape() {
        int save = pos;
        skipTrivia();
        if (pos + 7 <= n && s.regionMatches(true, pos, "uescape", 0, 7) && !isIdentCont(at(pos + 7))) {
            pos += 7;
            skipTrivia();
            if (at(pos) == '\'' && at(pos + 2) == '\'') {
                char esc = at(pos + 1);
                if (isHex(esc) || esc == '+' || esc == '\'' || esc == '"' || isSpace(esc)) {
                    throw error(pos, "invalid Unicode escape character");
                }
                pos += 3;
                return esc;
            }
            throw error(pos, "UESCAPE must be followed by a simple string literal");
        }
        pos = save;
        return '\\';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private String decodeUnicodeEscapes(int start, String body, char esc) {
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); ) {
            char c = body.charAt(i);
            if (c != esc) {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 < body.length() && body.charAt(i + 1) == esc) {
                sb.append(esc);
                i += 2;
                continue;
            }
            int digits = i + 1 < body.length() && body.charAt(i + 1) == '+' ? 6 : 4;
            int from = i + 1 + (digits == 6 ? 1 : 0);
            if (from + digits > body.length() || !allHex(body, from, from + digits)) {
                throw error(start, "invalid Unicode escape: must be \\XXXX or \\+XXXXXX");
            }
            int cp = Integer.parseInt(body.substring(from, from + digits), 16);
            if (!Character.isValidCodePoint(cp) || cp == 0) {
                throw error(start, "invalid Unicode escape value");
            }
            if (Character.isHighSurrogate((char) cp) && digits == 4 && from + digits + 6 <= body.length()
                && body.charAt(from + digits) == esc) {
                int lo = Integer.parseInt(body.substring(from + digits + 1, from + digits + 5), 16);
                sb.appendCodePoint(Character.toCodePoint((char) cp, (char) lo));
                i = from + digits + 5;
                continue;
            }
            sb.appendCodePoint(cp);
            i = from + digits;
        }
        return sb.toString();
    }

    private static boolean allHex(String str, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHex(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * After a closing quote: whitespace that holds a newline, then another quote, continues the same
     * string ({@code quotecontinue} in scan.l). Returns the offset of the continuing quote's body, or -1.
     */
    private int continuation(int afterQuote) {
        int i = afterQuote;
        boolean newline = false;
        while (i < n) {
            char c = cs[i];
            if (c == '\n' || c == '\r') {
                newline = true;
                i++;
            } else if (isSpace(c)) {
                i++;
            } else if (c == '-' && at(i + 1) == '-' && newline) {
                while (i < n && cs[i] != '\n' && cs[i] != '\r') {
                    i++;
                }
            } else {
                break;
            }
        }
        return newline && at(i) == '\'' ? i + 1 : -1;
    }

    private Token standardString(int start, int bodyStart, boolean unicode) {
        StringBuilder sb = new StringBuilder();
        pos = bodyStart;
        while (true) {
            if (pos >= n) {
                throw error(start, "unterminated quoted string");
            }
            char c = cs[pos];
            if (c == '\'') {
                if (at(pos + 1) == '\'') {
                    sb.append('\'');
                    pos += 2;
                    continue;
                }
                int cont = continuation(pos + 1);
                if (cont >= 0) {
                    pos = cont;
                    continue;
                }
                pos++;
                break;
            }
            sb.append(c);
            pos++;
        }
        String value = sb.toString();
        if (unicode) {
            value = decodeUnicodeEscapes(start, value, uescape());
        }
        return new Token(TokenType.STRING, value, start, pos);
    }

    private Token extendedString(int start, int bodyStart) {
        StringBuilder sb = new StringBuilder();
        // \ooo and \xhh give bytes, which together form UTF-8 characters (the database encoding)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pos = bodyStart;
        while (true) {
            if (pos >= n) {
                throw error(start, "unterminated quoted string");
            }
            char c = cs[pos];
            if (c == '\\' && pos + 1 < n && (cs[pos + 1] == 'x' && isHex(at(pos + 2))
                || cs[pos + 1] >= '0' && cs[pos + 1] <= '7')) {
                pos++;
                int v = 0;
                if (cs[pos] == 'x') {
                    pos++;
                    for (int k = 0; k < 2 && isHex(at(pos)); k++) {
                        v = v * 16 + Character.digit(at(pos), 16);
                        pos++;
                    }
                } else {
                    for (int k = 0; k < 3 && at(pos) >= '0' && at(pos) <= '7'; k++) {
                        v = v * 8 + (at(pos) - '0');
                        pos++;
                    }
                }
                bytes.write(v & 0xFF);
                continue;
            }
            flushBytes(bytes, sb, start);
            if (c == '\'') {
                if (at(pos + 1) == '\'') {
                    sb.append('\'');
                    pos += 2;
                    continue;
                }
                int cont = continuation(pos + 1);
                if (cont >= 0) {
                    pos = cont;
                    continue;
                }
                pos++;
                break;
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= n) {
                throw error(start, "unterminated quoted string");
            }
            char e = cs[pos + 1];
            pos += 2;
            switch (e) {
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append((char) 0x0B);
                case 'u', 'U' -> {
                    int digits = e == 'u' ? 4 : 8;
                    if (pos + digits > n || !allHex(s, pos, pos + digits)) {
                        throw error(pos - 2, "invalid Unicode escape: must be \\uXXXX or \\UXXXXXXXX");
                    }
                    long cp = Long.parseLong(s.substring(pos, pos + digits), 16);
                    if (cp == 0 || cp > Character.MAX_CODE_POINT) {
                        throw error(pos - 2, "invalid Unicode escape value");
                    }
                    sb.appendCodePoint((int) cp);
                    pos += digits;
                }
                default -> sb.append(e);
            }
        }
        return new Token(TokenType.STRING, sb.toString(), start, pos);
    }

    private void flushBytes(ByteArrayOutputStream bytes, StringBuilder sb, int start) {
        if (bytes.size() == 0) {
            return;
        }
        try {
            sb.append(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            throw error(start, "invalid byte sequence for encoding \"UTF8\" in an escape string");
        }
        bytes.reset();
    }

    private Token bitString(int start) {
        pos += 2;
        int body = pos;
        while (pos < n && cs[pos] != '\'') {
            pos++;
        }
        if (pos >= n) {
            throw error(start, "unterminated " + (Character.toLowerCase(cs[start]) == 'b' ? "bit" : "hexadecimal")
                + " string literal");
        }
        String value = s.substring(body, pos);
        pos++;
        return new Token(TokenType.BIT_STRING, value, start, pos);
    }

    private Token dollar(int start) {
        char c1 = at(pos + 1);
        if (isDigit(c1)) {
            pos++;
            while (pos < n && isDigit(cs[pos])) {
                pos++;
            }
            if (pos < n && isIdentCont(cs[pos])) {
                throw error(start, "trailing junk after parameter");
            }
            return new Token(TokenType.PARAM, s.substring(start, pos), start, pos);
        }
        int i = pos + 1;
        if (c1 != '$') {
            if (!(isIdentStart(c1))) {
                pos++;
                return new Token(TokenType.OPERATOR, "$", start, pos);
            }
            while (i < n && isIdentStart(cs[i]) || (i < n && isDigit(cs[i]))) {
                i++;
            }
            if (at(i) != '$') {
                // "dolqfailed": a lone $ followed by identifier characters
                pos++;
                return new Token(TokenType.OPERATOR, "$", start, pos);
            }
        }
        String delim = s.substring(start, i + 1);
        int bodyStart = i + 1;
        int close = s.indexOf(delim, bodyStart);
        if (close < 0) {
            throw error(start, "unterminated dollar-quoted string");
        }
        pos = close + delim.length();
        return new Token(TokenType.DOLLAR_STRING, s.substring(bodyStart, close), start, pos);
    }

    /** A psql meta-command: to the end of its line (LF, CR LF or CR, as psql reads lines). */
    private Token meta(int start) {
        while (pos < n && cs[pos] != '\n' && cs[pos] != '\r') {
            pos++;
        }
        return new Token(TokenType.META, s.substring(start, pos), start, pos);
    }

    private Token number(int start) {
        char c = cs[pos];
        if (c == '0' && (at(pos + 1) == 'x' || at(pos + 1) == 'X' || at(pos + 1) == 'o' || at(pos + 1) == 'O'
            || at(pos + 1) == 'b' || at(pos + 1) == 'B')) {
            int radix = switch (Character.toLowerCase(at(pos + 1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            int i = pos + 2;
            int digits = 0;
            while (i < n && (Character.digit(cs[i], radix) >= 0 || (cs[i] == '_' && digits > 0
                && Character.digit(at(i + 1), radix) >= 0))) {
                if (cs[i] != '_') {
                    digits++;
                }
                i++;
            }
            if (digits > 0) {
                pos = i;
                checkJunk(start);
                return new Token(TokenType.NUMBER, s.substring(start, pos).replace("_", ""), start, pos);
            }
        }
        digits();
        if (at(pos) == '.' && at(pos + 1) != '.') {
            pos++;
            digits();
        }
        if ((at(pos) == 'e' || at(pos) == 'E')) {
            int save = pos;
            pos++;
            if (at(pos) == '+' || at(pos) == '-') {
                pos++;
            }
            if (isDigit(at(pos))) {
                digits();
            } else {
                pos = save;
                throw error(start, "trailing junk after numeric literal");
            }
        }
        checkJunk(start);
        return new Token(TokenType.NUMBER, s.substring(start, pos).replace("_", ""), start, pos);
    }

    private void digits() {
        while (pos < n && (isDigit(cs[pos]) || (cs[pos] == '_' && pos > 0 && isDigit(cs[pos - 1])
            && isDigit(at(pos + 1))))) {
            pos++;
        }
    }

    /** PostgreSQL 15+ rejects {@code 123abc}; older servers read it as {@code 123 AS abc}. */
    private void checkJunk(int start) {
        if (pos < n && isIdentStart(cs[pos])) {
            throw error(start, "trailing junk after numeric literal");
        }
    }

    private Token operator(int start) {
        int end = pos;
        while (end < n && isOpChar(cs[end])) {
            end++;
        }
        int len = end - start;
        // an operator stops where a comment starts
        for (int i = start; i < end - 1; i++) {
            char a = cs[i];
            char b = cs[i + 1];
            if ((a == '/' && b == '*') || (a == '-' && b == '-')) {
                len = i - start;
                break;
            }
        }
        if (len > 1 && (cs[start + len - 1] == '+' || cs[start + len - 1] == '-')) {
            boolean qualifies = false;
            for (int i = start + len - 2; i >= start; i--) {
                char c = cs[i];
                if (c == '~' || c == '!' || c == '@' || c == '#' || c == '^' || c == '&' || c == '|' || c == '`'
                    || c == '?' || c == '%') {
                    qualifies = true;
                    break;
                }
            }
            if (!qualifies) {
                do {
                    len--;
                } while (len > 1 && (cs[start + len - 1] == '+' || cs[start + len - 1] == '-'));
            }
        }
        pos = start + len;
        String op = s.substring(start, pos);
        if (op.equals("=>")) {
            return new Token(TokenType.EQUALS_GREATER, op, start, pos);
        }
        if (op.equals("!=")) {
            return new Token(TokenType.OPERATOR, "<>", start, pos);
        }
        return new Token(TokenType.OPERATOR, op, start, pos);
    }

    /**
     * After {@code COPY … FROM stdin;}: skips the data lines that follow, up to and including the line {@code \.},
     * as psql does.
     */
    public void skipCopyData() {
        pos = nextLine(pos);
        while (pos < n) {
            int start = pos;
            pos = nextLine(pos);
            int end = pos;
            while (end > start && (cs[end - 1] == '\n' || cs[end - 1] == '\r')) {
                end--;
            }
            if (end - start == 2 && cs[start] == '\\' && cs[start + 1] == '.') {
                return;
            }
        }
    }

    /** The start of the line after the one {@code from} is in (lines end at LF, CR LF or CR). */
    private int nextLine(int from) {
        int i = from;
        while (i < n && cs[i] != '\n' && cs[i] != '\r') {
            i++;
        }
        if (i < n && cs[i] == '\r') {
            i++;
        }
        if (i < n && cs[i] == '\n') {
            i++;
        }
        return i;
    }

    /** The raw text of a token as written. */
    public static String text(Source source, Token t) {
        return source.text().substring(t.start(), t.end());
    }
}
