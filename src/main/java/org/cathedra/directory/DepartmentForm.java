package org.cathedra.directory;

import org.jspecify.annotations.Nullable;

/** A department as the edit form holds it: a new one has no id; an existing one carries the version it was read at. */
public class DepartmentForm {

    private @Nullable Long id;
    private long version;
    private String code = "";
    private String nameRu = "";
    private String nameEn = "";
    private @Nullable Long headId;

    public DepartmentForm() {
    }

    static DepartmentForm of(Department d) {
        DepartmentForm form = new DepartmentForm();
        form.id = d.getId();
        form.version = d.getVersion();
        form.code = d.getCode();
        form.nameRu = d.getNameRu();
        form.nameEn = d.getNameEn();
        form.headId = d.getHead() == null ? null : d.getHead().getId();
        return form;
    }

    public @Nullable Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code == null ? "" : code;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(@Nullable String nameRu) {
        this.nameRu = nameRu == null ? "" : nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn == null ? "" : nameEn;
    }

    public @Nullable Long getHeadId() {
        return headId;
    }

    public void setHeadId(@Nullable Long headId) {
        this.headId = headId;
    }
}
