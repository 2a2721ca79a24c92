package safetyconsole.asgdrift;

import java.util.Objects;

/** A launch template version a group launches from now, resolved to its number. */
public record TemplateVersionRef(String templateId, String templateName, long versionNumber) {

    public TemplateVersionRef {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(templateName, "templateName");
    }

    /** "launch template web-lt version 5": the words the console uses for it. */
    public String words() {
        return "launch template " + templateName + " version " + versionNumber;
    }
}
