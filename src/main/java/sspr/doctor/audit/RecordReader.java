package sspr.doctor.audit;

import java.io.Closeable;
import java.io.IOException;

/** A stream of user records from one export file. */
public interface RecordReader extends Closeable {
    /** Fills {@code r} with the next record; false at the end of the file. */
    boolean next(UserRecord r) throws IOException;
}
