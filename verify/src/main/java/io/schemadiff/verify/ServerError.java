package io.schemadiff.verify;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** The server's error for a statement, as psql would show it: message, detail, hint, where, and the position. */
record ServerError(String sqlState, String message, String detail, String hint, String where, int position) {

    static ServerError of(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            return new ServerError(nz(m.getSQLState()), nz(m.getMessage()), nz(m.getDetail()), nz(m.getHint()),
                nz(m.getWhere()), m.getPosition());
        }
        return new ServerError(nz(e.getSQLState()), nz(e.getMessage()), "", "", "", 0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** {@code ERROR:  …} lines, each prefixed with {@code indent}; the statement's offending line is marked. */
    String render(String statement, String indent) {
        StringBuilder sb = new StringBuilder();
        sb.append(indent).append("ERROR:  ").append(message);
        if (!sqlState.isEmpty()) {
            sb.append("  (SQLSTATE ").append(sqlState).append(')');
        }
        sb.append('\n');
        if (position > 0 && statement != null && position <= statement.length() + 1) {
            int offset = statement.offsetByCodePoints(0, Math.min(position - 1, statement.codePointCount(0,
                statement.length())));
            int lineStart = statement.lastIndexOf('\n', offset - 1) + 1;
            int lineEnd = statement.indexOf('\n', offset);
            if (lineEnd < 0) {
                lineEnd = statement.length();
            }
            int lineNo = (int) statement.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
            String line = statement.substring(lineStart, lineEnd);
            String prefix = "LINE " + lineNo + ": ";
            sb.append(indent).append(prefix).append(line).append('\n');
            sb.append(indent).append(" ".repeat(prefix.length() + statement.codePointCount(lineStart, offset)))
                .append("^\n");
        }
        if (!detail.isEmpty()) {
            sb.append(indent).append("DETAIL:  ").append(detail.replace("\n", "\n" + indent + "         ")).append('\n');
        }
        if (!hint.isEmpty()) {
            sb.append(indent).append("HINT:  ").append(hint.replace("\n", "\n" + indent + "       ")).append('\n');
        }
        if (!where.isEmpty()) {
            sb.append(indent).append("CONTEXT:  ").append(where.replace("\n", "\n" + indent + "          "))
                .append('\n');
        }
        return sb.toString();
    }

    /** One line: the message and the SQLSTATE. */
    String oneLine() {
        return message + (sqlState.isEmpty() ? "" : " (SQLSTATE " + sqlState + ")");
    }
}
