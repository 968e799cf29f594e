package org.cathedra.shared;

import java.sql.SQLException;

/**
 * Tells a database that cannot write for lack of disk space from other failures. MariaDB answers 1114 "The table
 * ... is full" (InnoDB cannot extend a tablespace), 1021 "Disk full", 3 "Error writing file ... (Errcode: 28)", 1030
 * "Got error 28 from storage engine", or names the operating system's error 28 (ENOSPC) in another message, for
 * example "Can't create table ... (errno: 28 ...)" from a schema change; InnoDB says "errno: 135 No more room in
 * record file" when it cannot create a table's file. Liquibase and Hibernate wrap these, often
 * repeating the text in their own messages, so both the chain's SQL error codes and its messages are read.
 */
public final class DiskFull {

    private DiskFull() {
    }

    public static boolean in(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == 1114 || code == 1021 || code == 3 && message.contains("28")
                        || code == 1030 && message.contains("error 28")) {
                    return true;
                }
            }
            if (message.contains("No space left on device") || message.contains("Errcode: 28")
                    || message.contains("errno: 28") || message.contains("errno: 135") || message.matches("(?s).*The table .{1,200} is full.*")) {
                return true;
            }
        }
        return false;
    }
}
