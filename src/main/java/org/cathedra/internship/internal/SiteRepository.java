package org.cathedra.internship.internal;

import java.util.List;
import org.cathedra.internship.Site;
import org.springframework.data.jpa.repository.JpaRepository;

/** Internship sites. */
public interface SiteRepository extends JpaRepository<Site, Long> {

    List<Site> findAllByOrderByCode();

    boolean existsByCode(String code);
}
