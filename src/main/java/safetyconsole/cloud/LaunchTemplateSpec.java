package safetyconsole.cloud;

import java.util.Optional;

/**
 * Which launch template and version an Auto Scaling group (or one of its instance-type overrides) launches
 * from, as Auto Scaling holds it: the template by id or by name, and the version as written — a number,
 * {@value #LATEST}, {@value #DEFAULT}, or absent (which means the default version).
 */
public record LaunchTemplateSpec(Optional<String> templateId, Optional<String> templateName,
                                 Optional<String> version) {

    public static final String LATEST = "$Latest";
    public static final String DEFAULT = "$Default";

    public LaunchTemplateSpec {
        if (templateId.isEmpty() && templateName.isEmpty()) {
            throw new IllegalArgumentException("a launch template is named by its id or its name");
        }
    }

    public static LaunchTemplateSpec byId(String templateId, String version) {
        return new LaunchTemplateSpec(Optional.of(templateId), Optional.empty(), Optional.ofNullable(version));
    }

    public static LaunchTemplateSpec byName(String templateName, String version) {
        return new LaunchTemplateSpec(Optional.empty(), Optional.of(templateName), Optional.ofNullable(version));
    }

    /** Whether this names that template, by id when it has one, else by name. */
    public boolean names(LaunchTemplate template) {
        return templateId.map(template.id()::equals).orElseGet(() -> templateName.get().equals(template.name()));
    }
}
