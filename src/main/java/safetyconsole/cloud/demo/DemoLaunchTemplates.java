package safetyconsole.cloud.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import safetyconsole.cloud.CloudException;
import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;

/**
 * The demo account's EC2 launch templates, each in its region, with their numbered versions. A new version never
 * becomes the default by itself, as in EC2; the demo's versions give new instances security groups by id only.
 */
final class DemoLaunchTemplates {

    private final DemoIds ids;
    private final Map<String, Template> templates = new LinkedHashMap<>();

    DemoLaunchTemplates(DemoIds ids) {
        this.ids = ids;
    }

    /** CreateLaunchTemplate: version 1, the default. */
    LaunchTemplate create(String region, String name, List<String> groupIds) {
        if (templates.values().stream().anyMatch(t -> t.region.equals(region) && t.name.equals(name))) {
            throw new CloudException(CloudException.Kind.CONFLICT, "Launch template name already in use: " + name);
        }
        Template template = new Template(ids.launchTemplateId(), name, region);
        templates.put(template.id, template);
        template.versions.add(new LaunchTemplateVersion(template.id, 1, groupIds, List.of(), List.of()));
        return template.describe();
    }

    /**
     * The user data a template is created with (base64), set while it has its first version only; every later
     * version keeps it, as a version made from the console's "source version" does.
     */
    void setUserData(String templateId, String base64) {
        Template template = templates.get(templateId);
        if (template.versions.size() != 1) {
            throw new IllegalStateException("User data is set when a template is created");
        }
        LaunchTemplateVersion first = template.versions.get(0);
        template.versions.set(0, new LaunchTemplateVersion(templateId, 1, first.securityGroupIds(),
                first.securityGroupNames(), first.networkInterfaces(), Optional.of(base64)));
    }

    /** CreateLaunchTemplateVersion: the latest version, with the latest's user data; the default stays put. */
    LaunchTemplateVersion addVersion(String templateId, List<String> groupIds) {
        Template template = templates.get(templateId);
        LaunchTemplateVersion latest = template.versions.get(template.versions.size() - 1);
        LaunchTemplateVersion version = new LaunchTemplateVersion(templateId, template.versions.size() + 1L,
                groupIds, List.of(), List.of(), latest.userData());
        template.versions.add(version);
        return version;
    }

    void delete(String templateId) {
        templates.remove(templateId);
    }

    /** By id when the spec has one, else by name, as EC2 looks it up. */
    Optional<LaunchTemplate> find(String region, LaunchTemplateSpec spec) {
        return templates.values().stream().filter(template -> template.region.equals(region))
                .map(Template::describe).filter(spec::names).findFirst();
    }

    LaunchTemplate require(String region, LaunchTemplateSpec spec) {
        return find(region, spec).orElseThrow(() -> new CloudException(CloudException.Kind.NOT_FOUND,
                "No launch template " + spec.templateId().or(spec::templateName).orElseThrow() + " in " + region));
    }

    LaunchTemplateVersion version(String region, String templateId, long versionNumber) {
        Template template = templates.get(templateId);
        if (template == null || !template.region.equals(region)) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "No launch template " + templateId
                    + " in " + region);
        }
        if (versionNumber < 1 || versionNumber > template.versions.size()) {
            throw new CloudException(CloudException.Kind.NOT_FOUND, "Launch template " + templateId
                    + " has no version " + versionNumber);
        }
        return template.versions.get((int) versionNumber - 1);
    }

    /** The version a spec launches from today: a number, {@code $Latest}, or {@code $Default} (also when absent). */
    LaunchTemplateVersion versionFor(String region, LaunchTemplateSpec spec) {
        LaunchTemplate template = require(region, spec);
        String version = spec.version().orElse(LaunchTemplateSpec.DEFAULT);
        long number = switch (version) {
            case LaunchTemplateSpec.LATEST -> template.latestVersionNumber();
            case LaunchTemplateSpec.DEFAULT -> template.defaultVersionNumber();
            default -> parseVersion(version);
        };
        return version(region, template.id(), number);
    }

    private static long parseVersion(String version) {
        if (!version.matches("[0-9]{1,18}")) {
            throw new CloudException(CloudException.Kind.INVALID_INPUT, "Not a launch template version: " + version);
        }
        return Long.parseLong(version);
    }

    /** One template: its versions in order, number n at index n - 1. The demo never moves the default off 1. */
    private static final class Template {

        private final String id;
        private final String name;
        private final String region;
        private final List<LaunchTemplateVersion> versions = new ArrayList<>();

        private Template(String id, String name, String region) {
            this.id = id;
            this.name = name;
            this.region = region;
        }

        private LaunchTemplate describe() {
            return new LaunchTemplate(id, name, 1, versions.size());
        }
    }
}
