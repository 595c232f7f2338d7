package ma.mizan.exports.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through and turns close() into flush(), for libraries that close what they are given (PDFBox's
 * writer, Commons CSV's printer) when the stream belongs to the caller: a ZIP entry, a servlet response.
 */
final class UnclosableOutputStream extends FilterOutputStream {

    UnclosableOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
