package org.cathedra.catalog.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The prerequisites between courses (table course_prerequisite: course_id requires prerequisite_id), as a directed
 * graph that must stay without cycles. Changes read the whole table with a locking read first, so that two
 * administrators editing at once are taken one after the other and cannot close a cycle between them.
 */
@Component
public class PrerequisiteGraph {

    private final EntityManager em;

    PrerequisiteGraph(EntityManager em) {
        this.em = em;
    }

    /** The prerequisite course codes of each of {@code courseIds}, by code (courses without any are missing). */
    public Map<Long, List<String>> codes(Collection<Long> courseIds) {
        Map<Long, List<String>> result = new HashMap<>();
        if (courseIds.isEmpty()) {
            return result;
        }
        for (Object found : em.createNativeQuery("""
                select p.course_id, c.code from course_prerequisite p join course c on c.id = p.prerequisite_id
                where p.course_id in (?1) order by c.code""").setParameter(1, courseIds).getResultList()) {
            Object[] row = (Object[]) found;
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add((String) row[1]);
        }
        return result;
    }

    /** The prerequisite course ids of one course. */
    public List<Long> of(long courseId) {
        return em.createNativeQuery("select prerequisite_id from course_prerequisite where course_id = ?1")
                .setParameter(1, courseId).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Every edge, course id to its prerequisite ids, read with locks held until the transaction ends. */
    public Map<Long, Set<Long>> lockAll() {
        Map<Long, Set<Long>> edges = new HashMap<>();
        for (Object found : em.createNativeQuery(
                "select course_id, prerequisite_id from course_prerequisite order by course_id, prerequisite_id"
                        + " for update").getResultList()) {
            Object[] row = (Object[]) found;
            edges.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>())
                    .add(((Number) row[1]).longValue());
        }
        return edges;
    }

    /**
     * A path of requirements leading from {@code from} to {@code to} in {@code edges} (both ends included), or null
     * when there is none: adding the edge to -> from would close it into a cycle.
     */
    public static @Nullable List<Long> path(Map<Long, Set<Long>> edges, long from, long to) {
        Map<Long, Long> cameFrom = new LinkedHashMap<>();
        Deque<Long> queue = new ArrayDeque<>();
        queue.add(from);
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            long at = queue.poll();
            if (at == to) {
                List<Long> path = new ArrayList<>();
                for (long step = to; step != from; step = cameFrom.get(step)) {
                    path.addFirst(step);
                }
                path.addFirst(from);
                return path;
            }
            for (long next : edges.getOrDefault(at, Set.of())) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** Makes the prerequisites of {@code courseId} exactly {@code prerequisiteIds}. */
    public void replace(long courseId, Collection<Long> prerequisiteIds) {
        em.createNativeQuery("delete from course_prerequisite where course_id = ?1").setParameter(1, courseId)
                .executeUpdate();
        for (long prerequisiteId : prerequisiteIds) {
            em.createNativeQuery("insert into course_prerequisite (course_id, prerequisite_id) values (?1, ?2)")
                    .setParameter(1, courseId).setParameter(2, prerequisiteId).executeUpdate();
        }
    }
}
