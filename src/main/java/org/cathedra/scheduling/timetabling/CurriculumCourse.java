package org.cathedra.scheduling.timetabling;

/** One course of one curriculum: the facts the compactness rule joins lectures with, on the course id. */
public record CurriculumCourse(String curriculumId, String courseId) {
}
