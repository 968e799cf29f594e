package org.cathedra.internship;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cathedra.directory.Teacher;
import org.cathedra.directory.TeacherForm;
import org.cathedra.directory.TeacherService;
import org.cathedra.internship.internal.InternshipJournal;
import org.cathedra.internship.internal.SiteRepository;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's list of internship sites and their supervisors. An external clinician becomes a supervisor through
 * the directory: a teacher record marked external, with a TEACHER login of their own.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class SiteService {

    private final SiteRepository sites;
    private final TeacherService teachers;
    private final InternshipJournal journal;
    private final EntityManager em;

    SiteService(SiteRepository sites, TeacherService teachers, InternshipJournal journal, EntityManager em) {
        this.sites = sites;
        this.teachers = teachers;
        this.journal = journal;
        this.em = em;
    }

    /** A site as the office's list shows it, with its supervisors' names. */
    public record SiteRow(long id, long version, String code, Site.Kind kind, String name, String address,
            List<String> supervisors, boolean active, String nameRu, String nameEn, List<Long> supervisorIds) {
    }

    /** Every site, by code; the institute has tens of them, so not paged. */
    public List<SiteRow> list(Locale locale) {
        return sites.findAllByOrderByCode().stream().map(s -> new SiteRow(s.getId(), s.getVersion(), s.getCode(),
                s.getKind(), s.name(locale), s.getAddress(), s.getSupervisorIds().stream().sorted()
                        .map(id -> teacher(id).getFullName()).toList(), s.isActive(), s.getNameRu(), s.getNameEn(),
                s.getSupervisorIds().stream().sorted().toList())).toList();
    }

    /** Creates a site (id null) or redefines one. */
    @Transactional
    public long save(@Nullable Long id, String code, Site.Kind kind, String nameRu, String nameEn, String address) {
        Site site;
        String before = null;
        if (id == null) {
            site = new Site(code, kind, nameRu, nameEn, address);
            if (sites.existsByCode(site.getCode())) {
                throw new DomainException("error.internship.codeTaken", site.getCode());
            }
        } else {
            site = find(id);
            before = describe(site);
            site.define(code, kind, nameRu, nameEn, address);
        }
        Site saved = sites.saveAndFlush(site);
        journal.changed("internship_site", saved.getId(), id == null ? "created" : "changed", before,
                describe(saved), null);
        return saved.getId();
    }

    /**
     * Takes a site out of use (no new offers; its past and current placements stay) or back into use.
     */
    @Transactional
    public void setActive(long id, boolean active) {
        Site site = find(id);
        if (site.isActive() == active) {
            return;
        }
        site.setActive(active);
        sites.flush();
        journal.changed("internship_site", id, active ? "activated" : "deactivated", "active=" + !active,
                "active=" + active, null);
    }

    /** Makes a teacher (internal or external) a supervisor at the site. */
    @Transactional
    public void addSupervisor(long siteId, long teacherId) {
        Site site = find(siteId);
        Teacher teacher = teacher(teacherId);
        if (!teacher.isActive()) {
            throw new DomainException("error.internship.inactiveTeacher", teacher.getFullName());
        }
        if (site.addSupervisor(teacherId)) {
            journal.changed("internship_site", siteId, "supervisor.added", null, "teacher " + teacherId, null);
        }
    }

    /** Takes a supervisor off the site's list (their past placements stay as they were). */
    @Transactional
    public void removeSupervisor(long siteId, long teacherId) {
        Site site = find(siteId);
        if (site.removeSupervisor(teacherId)) {
            journal.changed("internship_site", siteId, "supervisor.removed", "teacher " + teacherId, null, null);
        }
    }

    /**
     * Registers an external clinician through the directory (a teacher record marked external, with a TEACHER
     * login when the form asks for one) and makes them a supervisor at the site; returns the teacher id.
     */
    @Transactional
    public long addExternalSupervisor(long siteId, TeacherForm clinician) {
        find(siteId);
        clinician.setExternal(true);
        long teacherId = teachers.save(clinician);
        addSupervisor(siteId, teacherId);
        return teacherId;
    }

    private Site find(long id) {
        return sites.findById(id).orElseThrow(() -> new NotFoundException("internship.record.site", id));
    }

    private Teacher teacher(long id) {
        Teacher teacher = em.find(Teacher.class, id);
        if (teacher == null) {
            throw new NotFoundException("internship.record.teacher", id);
        }
        return teacher;
    }

    private static String describe(Site s) {
        return s.getCode() + ", " + s.getKind() + ", " + s.getNameEn() + ", " + s.getAddress() + ", supervisors "
                + s.getSupervisorIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
