package ma.mizan.exports.control;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Rows of a table produced record by record: each source record gives zero or more rows, read lazily. */
final class FlatRows<T> implements Iterator<List<Object>> {

    private final Iterator<T> source;
    private final Function<T, List<List<Object>>> rowsOf;
    private Iterator<List<Object>> current = Collections.emptyIterator();

    FlatRows(Iterator<T> source, Function<T, List<List<Object>>> rowsOf) {
        this.source = source;
        this.rowsOf = rowsOf;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (!source.hasNext()) {
                return false;
            }
            current = rowsOf.apply(source.next()).iterator();
        }
        return true;
    }

    @Override
    public List<Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
