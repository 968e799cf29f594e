package org.cathedra.directory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Page requests with a stable order: the caller's sort (or a default), then the id, so pages never overlap. */
final class Pages {

    private Pages() {
    }

    static Pageable sorted(Pageable pageable, Sort byDefault) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : byDefault;
        sort = sort.and(Sort.by("id"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : PageRequest.of(0, Integer.MAX_VALUE, sort);
    }
}
