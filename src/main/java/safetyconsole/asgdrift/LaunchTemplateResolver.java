package safetyconsole.asgdrift;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import safetyconsole.cloud.LaunchTemplate;
import safetyconsole.cloud.LaunchTemplateNetworkInterface;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.SecurityGroup;

/** Turns a launch template spec into the security group ids a new instance gets, the way EC2 does. */
final class LaunchTemplateResolver {

    private final List<LaunchTemplate> templates;
    private final Map<String, LaunchTemplateVersion> versionsByKey;
    private final Map<String, String> defaultVpcIdsByName;

    LaunchTemplateResolver(ScalingGroupFacts facts) {
        this.templates = facts.templates();
        this.versionsByKey = facts.versions().stream().collect(Collectors.toMap(
                version -> key(version.templateId(), version.versionNumber()), Function.identity(), (a, b) -> a));
        this.defaultVpcIdsByName = facts.defaultVpcGroups().stream()
                .collect(Collectors.toMap(SecurityGroup::name, SecurityGroup::id, (a, b) -> a));
    }

    /** "$Latest" is the latest version, "$Default" or none the default one, anything else a number. */
    DesiredGroups resolve(LaunchTemplateSpec spec) {
        Optional<LaunchTemplate> template = templates.stream().filter(spec::names).findFirst();
        if (template.isEmpty()) {
            return DesiredGroups.unknown(Optional.empty(), "launch template "
                    + spec.templateName().or(spec::templateId).orElseThrow() + " could not be read");
        }
        String version = spec.version().orElse(LaunchTemplateSpec.DEFAULT);
        Optional<Long> number = versionNumber(template.get(), version);
        if (number.isEmpty()) {
            return DesiredGroups.unknown(Optional.empty(), "the group names version \"" + version
                    + "\" of launch template " + template.get().name() + ", which is no version");
        }
        TemplateVersionRef ref = refTo(template.get(), number.get());
        return groupsOf(ref).map(ids -> DesiredGroups.of(ref, ids))
                .orElseGet(() -> DesiredGroups.unknown(Optional.of(ref), whyUnknown(ref)));
    }

    /** The template's latest version, if it was read and all its groups are known. */
    Optional<DesiredGroups> latestOf(TemplateVersionRef used) {
        return templates.stream().filter(template -> template.id().equals(used.templateId())).findFirst()
                .map(template -> refTo(template, template.latestVersionNumber()))
                .flatMap(latest -> groupsOf(latest).map(ids -> DesiredGroups.of(latest, ids)));
    }

    /**
     * The primary network interface's groups when it names any (then EC2 ignores the others), else the ids and
     * the names, which EC2 looks up in the default VPC. Empty when the version was not read or a name is unknown.
     */
    private Optional<Set<String>> groupsOf(TemplateVersionRef ref) {
        LaunchTemplateVersion version = versionsByKey.get(key(ref.templateId(), ref.versionNumber()));
        if (version == null) {
            return Optional.empty();
        }
        Optional<List<String>> primary = version.networkInterfaces().stream()
                .filter(nic -> nic.deviceIndex() == 0).map(LaunchTemplateNetworkInterface::groupIds)
                .filter(ids -> !ids.isEmpty()).findFirst();
        if (primary.isPresent()) {
            return Optional.of(new LinkedHashSet<>(primary.get()));
        }
        if (!defaultVpcIdsByName.keySet().containsAll(version.securityGroupNames())) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>(version.securityGroupIds());
        version.securityGroupNames().stream().map(defaultVpcIdsByName::get).forEach(ids::add);
        return Optional.of(ids);
    }

    private String whyUnknown(TemplateVersionRef ref) {
        LaunchTemplateVersion version = versionsByKey.get(key(ref.templateId(), ref.versionNumber()));
        if (version == null) {
            return ref.words() + " could not be read";
        }
        String unknownName = version.securityGroupNames().stream()
                .filter(name -> !defaultVpcIdsByName.containsKey(name)).findFirst().orElseThrow();
        return ref.words() + " names security group \"" + unknownName + "\", which the default VPC does not have";
    }

    private static Optional<Long> versionNumber(LaunchTemplate template, String version) {
        return switch (version) {
            case LaunchTemplateSpec.LATEST -> Optional.of(template.latestVersionNumber());
            case LaunchTemplateSpec.DEFAULT -> Optional.of(template.defaultVersionNumber());
            default -> version.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(version)) : Optional.empty();
        };
    }

    private static TemplateVersionRef refTo(LaunchTemplate template, long number) {
        return new TemplateVersionRef(template.id(), template.name(), number);
    }

    private static String key(String templateId, long versionNumber) {
        return templateId + "#" + versionNumber;
    }
}
