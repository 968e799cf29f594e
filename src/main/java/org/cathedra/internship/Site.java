package org.cathedra.internship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;

/**
 * A place of practice: a clinical department, a genetic counselling room, a cytogenetic or molecular laboratory, or
 * a partner hospital, with its address and its site supervisors (teacher records, external clinicians included).
 */
@Entity
@Table(name = "internship_site")
public class Site extends AbstractEntity {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "name_ru", nullable = false, length = NAME_MAX)
    private String nameRu;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(nullable = false, length = ADDRESS_MAX)
    private String address;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "site_supervisor", joinColumns = @JoinColumn(name = "site_id"))
    @Column(name = "teacher_id")
    private Set<Long> supervisorIds = new LinkedHashSet<>();

    protected Site() {
    }

    public Site(String code, Kind kind, String nameRu, String nameEn, String address) {
        define(code, kind, nameRu, nameEn, address);
    }

    /** Sets what the site is; every field is required. */
    public void define(String code, Kind kind, String nameRu, String nameEn, String address) {
        if (kind == null) {
            throw new DomainException("error.required", "internship.site.kind");
        }
        this.code = Text.required(code, "internship.site.code", CODE_MAX).toUpperCase(Locale.ROOT);
        this.kind = kind;
        this.nameRu = Text.required(nameRu, "internship.site.nameRu", NAME_MAX);
        this.nameEn = Text.required(nameEn, "internship.site.nameEn", NAME_MAX);
        this.address = Text.required(address, "internship.site.address", ADDRESS_MAX);
    }

    public boolean addSupervisor(long teacherId) {
        return supervisorIds.add(teacherId);
    }

    public boolean removeSupervisor(long teacherId) {
        return supervisorIds.remove(teacherId);
    }

    public boolean isSupervisedBy(long teacherId) {
        return supervisorIds.contains(teacherId);
    }

    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Long> getSupervisorIds() {
        return Set.copyOf(supervisorIds);
    }

    /** The kinds of site the institute places trainees at. */
    public enum Kind { CLINICAL_DEPARTMENT, COUNSELLING_ROOM, CYTOGENETIC_LAB, MOLECULAR_LAB, PARTNER_HOSPITAL }
}
