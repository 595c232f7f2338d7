package ma.mizan.platform.entity;

import java.util.List;

/** One page of a list: items, the zero-based page number, the page size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
