package org.cathedra.directory.internal;

import org.cathedra.directory.Student;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudentRepository extends JpaRepository<Student, Long> {
}
