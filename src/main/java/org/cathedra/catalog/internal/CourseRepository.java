package org.cathedra.catalog.internal;

import java.util.Optional;
import org.cathedra.catalog.Course;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findByCode(String code);

    boolean existsByCode(String code);
}
