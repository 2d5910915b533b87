package dev.spinetriage.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tuples of one {@code INSERT ... VALUES (...), (...);} statement of a Flyway migration, so the benchmark
 * runs the shipped ruleset exactly as migrated without starting PostgreSQL. Knows just the SQL those files use:
 * quoted strings ('' escapes, optional ::jsonb), NULL, TRUE, FALSE and integers; NULL becomes {@code null}.
 */
final class SqlValues {

    private SqlValues() {}

    static List<List<String>> of(String sql, String insertPrefix) {
        int at = sql.indexOf(insertPrefix);
        if (at < 0) {
            throw new IllegalArgumentException("no statement starting with " + insertPrefix);
        }
        int i = sql.indexOf("VALUES", at) + "VALUES".length();
        List<List<String>> tuples = new ArrayList<>();
        List<String> tuple = null;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == ';' && tuple == null) {
                return tuples;
            } else if (c == '-' && sql.startsWith("--", i)) {
                i = sql.indexOf('\n', i);
            } else if (c == '(' && tuple == null) {
                tuple = new ArrayList<>();
                i++;
            } else if (c == ')') {
                tuples.add(tuple);
                tuple = null;
                i++;
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (sql.charAt(i) == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                        value.append('\'');
                        i += 2;
                    } else if (sql.charAt(i) == '\'') {
                        i++;
                        break;
                    } else {
                        value.append(sql.charAt(i++));
                    }
                }
                tuple.add(value.toString());
                if (sql.startsWith("::jsonb", i)) {
                    i += "::jsonb".length();
                }
            } else if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_') {
                    end++;
                }
                String word = sql.substring(i, end);
                tuple.add(word.equals("NULL") ? null : word);
                i = end;
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("statement " + insertPrefix + " has no end");
    }
}
