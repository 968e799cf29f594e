package org.cathedra.catalog;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A default order for pages that ask for none, with the id last so that paging is stable. */
final class Paging {

    private Paging() {
    }

    static Pageable orderedBy(Pageable pageable, Sort defaultOrder) {
        Sort sort = (pageable.getSort().isSorted() ? pageable.getSort() : defaultOrder).and(Sort.by("id"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
