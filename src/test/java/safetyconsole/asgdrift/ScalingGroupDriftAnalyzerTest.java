package safetyconsole.asgdrift;

import static org.assertj.core.api.Assertions.assertThat;
import static safetyconsole.asgdrift.Fleet.WEB;
import static safetyconsole.asgdrift.Fleet.launchTags;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import safetyconsole.cloud.AutoScalingLifecycleState;
import safetyconsole.cloud.InstanceRefreshStatus;
import safetyconsole.cloud.LaunchTemplateNetworkInterface;
import safetyconsole.cloud.LaunchTemplateOverride;
import safetyconsole.cloud.LaunchTemplateSpec;
import safetyconsole.cloud.LaunchTemplateVersion;
import safetyconsole.cloud.MixedInstancesPolicy;
import safetyconsole.cloud.TaggedEc2Instance;
import safetyconsole.cloud.UpdatePolicyPresence;
import safetyconsole.testing.TestClocks;

/** The launch-template rule case by case: each case one group, what was read about it, what the analysis says. */
class ScalingGroupDriftAnalyzerTest {

    private static final String GPU = "lt-0gpu";
    private static final Instant START = TestClocks.NOW.minus(Duration.ofHours(1));

    /** Instance id → "STATUS -missing +hotfix", or "NOT_CHECKED: " and a fragment of the reason. */
    static Stream<Arguments> instanceCases() {
        return Stream.of(
                row("$Latest: a version-1 instance lacks the group version 2 added",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                                .instance("i-2", "2", "sg-web", "sg-mon"),
                        "i-1", "MISSING -sg-mon", "i-2", "IN_SYNC"),
                row("$Default with default 1: version 1 is in use, version 2's group is a hot-fix there",
                        Fleet.web(1, LaunchTemplateSpec.DEFAULT).instance("i-1", "1", "sg-web")
                                .instance("i-2", "2", "sg-web", "sg-mon"),
                        "i-1", "IN_SYNC", "i-2", "HOTFIX +sg-mon"),
                row("$Default with default 2",
                        Fleet.web(2, LaunchTemplateSpec.DEFAULT).instance("i-1", "1", "sg-web")
                                .instance("i-2", "2", "sg-web", "sg-mon"),
                        "i-1", "MISSING -sg-mon", "i-2", "IN_SYNC"),
                row("no version means the default version (2)",
                        Fleet.web(2, null).instance("i-1", "1", "sg-web").instance("i-2", "2", "sg-web", "sg-mon"),
                        "i-1", "MISSING -sg-mon", "i-2", "IN_SYNC"),
                row("no version means the default version (1)",
                        Fleet.web(1, null).instance("i-1", "1", "sg-web"),
                        "i-1", "IN_SYNC"),
                row("a number pins that version, whatever default and latest are",
                        Fleet.web(2, "1").instance("i-1", "1", "sg-web").instance("i-2", "2", "sg-web", "sg-mon"),
                        "i-1", "IN_SYNC", "i-2", "HOTFIX +sg-mon"),
                row("NetworkInterfaces[0].Groups with empty SecurityGroupIds; other interfaces do not count",
                        Fleet.web(2, null).withoutVersions().version(WEB, 1, "sg-web")
                                .version(new LaunchTemplateVersion(WEB, 2, List.of(), List.of(),
                                        List.of(nic(1, "sg-backend"), nic(0, "sg-web", "sg-mon"))))
                                .instance("i-1", "1", "sg-web").instance("i-2", "2", "sg-web", "sg-mon"),
                        "i-1", "MISSING -sg-mon", "i-2", "IN_SYNC"),
                row("a primary interface without groups leaves SecurityGroupIds in force",
                        Fleet.web(2, null).withoutVersions().version(WEB, 1, "sg-web")
                                .version(new LaunchTemplateVersion(WEB, 2, List.of("sg-web", "sg-mon"), List.of(),
                                        List.of(nic(0))))
                                .instance("i-1", "1", "sg-web"),
                        "i-1", "MISSING -sg-mon"),
                row("names in SecurityGroups are resolved in the default VPC and joined to the ids",
                        Fleet.web(2, null).withoutVersions().version(WEB, 1, "sg-web")
                                .version(new LaunchTemplateVersion(WEB, 2, List.of("sg-web"), List.of("monitoring"),
                                        List.of()))
                                .defaultVpcGroup("sg-mon", "monitoring").defaultVpcGroup("sg-other", "other")
                                .instance("i-1", "1", "sg-web").instance("i-2", "2", "sg-web", "sg-mon"),
                        "i-1", "MISSING -sg-mon", "i-2", "IN_SYNC"),
                row("a name the default VPC lacks: not checked, with the name",
                        Fleet.web(2, null).withoutVersions()
                                .version(new LaunchTemplateVersion(WEB, 2, List.of("sg-web"), List.of("metrics"),
                                        List.of()))
                                .defaultVpcGroup("sg-mon", "monitoring").instance("i-1", "2", "sg-web"),
                        "i-1", "NOT_CHECKED: launch template web-lt version 2 names security group \"metrics\""),
                row("a mixed instances policy's template wins over the group's own",
                        Fleet.web(1, "1").mixed(new MixedInstancesPolicy(
                                        LaunchTemplateSpec.byId(WEB, LaunchTemplateSpec.LATEST), List.of()))
                                .instance("i-1", "1", "sg-web"),
                        "i-1", "MISSING -sg-mon"),
                row("a mixed policy's override carries its own template; an override without one does not",
                        Fleet.web(1, null).template(GPU, "gpu-lt", 1, 1).version(GPU, 1, "sg-gpu")
                                .mixed(new MixedInstancesPolicy(LaunchTemplateSpec.byName("web-lt", "2"), List.of(
                                        override("g5.xlarge", LaunchTemplateSpec.byId(GPU, "1")),
                                        new LaunchTemplateOverride("c5.large", Optional.empty()))))
                                .instance("i-gpu", "g5.xlarge", AutoScalingLifecycleState.IN_SERVICE, false,
                                        launchTags(GPU, "1"), "sg-gpu")
                                .instance("i-c5", "c5.large", AutoScalingLifecycleState.IN_SERVICE, false,
                                        launchTags(WEB, "1"), "sg-web"),
                        "i-gpu", "IN_SYNC", "i-c5", "MISSING -sg-mon"),
                row("a group added by hand is a hot-fix, lost on the next replacement",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-3", "2", "sg-web", "sg-mon", "sg-hand"),
                        "i-3", "HOTFIX +sg-hand"),
                row("hot-fixed with the group the template added: LAG, not MISSING",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web", "sg-mon"),
                        "i-1", "LAG"),
                row("missing one group and carrying a hand-added one: MISSING first, both kept",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web", "sg-hand"),
                        "i-1", "MISSING -sg-mon +sg-hand"),
                row("launched from another template with the same groups: LAG",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-old", "t3.small",
                                AutoScalingLifecycleState.IN_SERVICE, false, launchTags("lt-0old", "3"),
                                "sg-web", "sg-mon"),
                        "i-old", "LAG"),
                row("without launch template tags the groups are still compared",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "t3.small",
                                AutoScalingLifecycleState.IN_SERVICE, false, Map.of(), "sg-web"),
                        "i-1", "MISSING -sg-mon"),
                row("EC2 does not know the instance: not checked",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instanceUnknownToEc2("i-9"),
                        "i-9", "NOT_CHECKED: EC2 does not know i-9"),
                row("the version in use could not be read: not checked",
                        Fleet.web(1, "7").instance("i-1", "1", "sg-web"),
                        "i-1", "NOT_CHECKED: launch template web-lt version 7 could not be read"),
                row("the template could not be read: not checked",
                        new Fleet().uses(LaunchTemplateSpec.byName("gone-lt", LaunchTemplateSpec.LATEST))
                                .instance("i-1", "1", "sg-web"),
                        "i-1", "NOT_CHECKED: launch template gone-lt could not be read"),
                row("a version that is no version: not checked",
                        Fleet.web(1, "$Newest").instance("i-1", "1", "sg-web"),
                        "i-1", "NOT_CHECKED: \"$Newest\""),
                row("a launch configuration: not checked",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).usesLaunchConfiguration()
                                .instance("i-1", "1", "sg-web"),
                        "i-1", "NOT_CHECKED: launch configuration"),
                row("Pending*, InService and Standby are checked; instances leaving the group are not",
                        Fleet.web(2, null)
                                .instance("i-p", "t3.small", AutoScalingLifecycleState.PENDING, false,
                                        launchTags(WEB, "1"), "sg-web")
                                .instance("i-w", "t3.small", AutoScalingLifecycleState.PENDING_WAIT, false,
                                        launchTags(WEB, "1"), "sg-web")
                                .instance("i-s", "t3.small", AutoScalingLifecycleState.STANDBY, false,
                                        launchTags(WEB, "1"), "sg-web")
                                .instance("i-t", "t3.small", AutoScalingLifecycleState.TERMINATING, false,
                                        launchTags(WEB, "1"), "sg-web")
                                .instance("i-d", "t3.small", AutoScalingLifecycleState.DETACHED, false,
                                        launchTags(WEB, "1"), "sg-web"),
                        "i-p", "MISSING -sg-mon", "i-w", "MISSING -sg-mon", "i-s", "MISSING -sg-mon"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instanceCases")
    void eachInstanceIsComparedWithTheVersionItsGroupUsesNow(String name, Fleet fleet, Map<String, String> expected) {
        Map<String, String> outcomes = fleet.analyze().instances().stream().collect(Collectors.toMap(
                InstanceTemplateDrift::instanceId, ScalingGroupDriftAnalyzerTest::outcome, (a, b) -> a,
                LinkedHashMap::new));

        assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, outcome) -> {
            if (outcome.startsWith("NOT_CHECKED: ")) {
                assertThat(outcomes.get(id)).as(id).startsWith("NOT_CHECKED: ")
                        .contains(outcome.substring("NOT_CHECKED: ".length()));
            } else {
                assertThat(outcomes.get(id)).as(id).isEqualTo(outcome);
            }
        });
    }

    /** "fix=… notUsed=[…] refresh=… skips=[…] findings=…", and a fragment of the sentences (none: no sentences). */
    static Stream<Arguments> groupCases() {
        return Stream.of(
                Arguments.of("pinned to version 1 while version 2 adds sg-mon: NOT_USED",
                        Fleet.web(2, "1").instance("i-1", "1", "sg-web"),
                        "fix=NONE notUsed=[1->2 [sg-mon]] refresh=none skips=[] findings=true",
                        "The group uses launch template web-lt version 1, but launch template web-lt version 2"
                                + " adds sg-mon: not even new instances get it."),
                Arguments.of("$Default with default 1 and no instances (as migrated): NOT_USED all the same",
                        Fleet.web(1, LaunchTemplateSpec.DEFAULT),
                        "fix=NONE notUsed=[1->2 [sg-mon]] refresh=none skips=[] findings=true", "version 2 adds"),
                Arguments.of("$Latest has no newer version",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-2", "2", "sg-web", "sg-mon"),
                        "fix=NONE notUsed=[] refresh=none skips=[] findings=false", null),
                Arguments.of("a newer version that only removes a group is not NOT_USED",
                        new Fleet().template(WEB, "web-lt", 1, 2).version(WEB, 1, "sg-web", "sg-mon")
                                .version(WEB, 2, "sg-web").uses(LaunchTemplateSpec.byId(WEB, "1")),
                        "fix=NONE notUsed=[] refresh=none skips=[] findings=false", null),
                Arguments.of("an override pinned to an old version is NOT_USED too",
                        Fleet.web(2, LaunchTemplateSpec.LATEST).mixed(new MixedInstancesPolicy(
                                LaunchTemplateSpec.byId(WEB, LaunchTemplateSpec.LATEST),
                                List.of(override("m5.large", LaunchTemplateSpec.byId(WEB, "1"))))),
                        "fix=NONE notUsed=[1->2 [sg-mon]] refresh=none skips=[] findings=true", "version 1"),
                Arguments.of("a refresh in progress: wait for it, with its percentage",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                                .refresh("r-1", InstanceRefreshStatus.IN_PROGRESS, 40, START),
                        "fix=WAIT_FOR_REFRESH notUsed=[] refresh=r-1 IN_PROGRESS skips=[] findings=true",
                        "An instance refresh is in progress (40% complete, InProgress)"),
                Arguments.of("a pending refresh is in progress too",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                                .refresh("r-1", InstanceRefreshStatus.PENDING, 0, START),
                        "fix=WAIT_FOR_REFRESH notUsed=[] refresh=r-1 PENDING skips=[] findings=true",
                        "in progress (0% complete, Pending)"),
                Arguments.of("a failed refresh is a finding, with its reason",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-2", "2", "sg-web", "sg-mon")
                                .refresh("r-1", InstanceRefreshStatus.FAILED, 60, START),
                        "fix=NONE notUsed=[] refresh=r-1 FAILED skips=[] findings=true",
                        "The last instance refresh ended Failed: Instance i-x failed its health check."),
                Arguments.of("a cancelled refresh left version-1 instances: refresh again",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                                .refresh("r-1", InstanceRefreshStatus.CANCELLED, 30, START),
                        "fix=START_INSTANCE_REFRESH notUsed=[] refresh=r-1 CANCELLED skips=[] findings=true",
                        "The last instance refresh ended Cancelled."),
                Arguments.of("the newest refresh decides, whatever the order read",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                                .refresh("r-old", InstanceRefreshStatus.SUCCESSFUL, 100, START.minusSeconds(3600))
                                .refresh("r-new", InstanceRefreshStatus.IN_PROGRESS, 10, START),
                        "fix=WAIT_FOR_REFRESH notUsed=[] refresh=r-new IN_PROGRESS skips=[] findings=true",
                        "10% complete"),
                Arguments.of("after a successful refresh there is nothing to say",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-5", "2", "sg-web", "sg-mon")
                                .refresh("r-1", InstanceRefreshStatus.SUCCESSFUL, 100, START),
                        "fix=NONE notUsed=[] refresh=r-1 SUCCESSFUL skips=[] findings=false", null),
                Arguments.of("a refresh skips the protected_instance tag (exact key) and scale-in protection",
                        Fleet.web(1, LaunchTemplateSpec.LATEST)
                                .instance("i-tag", "t3.small", AutoScalingLifecycleState.IN_SERVICE, false,
                                        withTag(TaggedEc2Instance.PROTECTED_INSTANCE_TAG), "sg-web", "sg-mon")
                                .instance("i-case", "t3.small", AutoScalingLifecycleState.IN_SERVICE, false,
                                        withTag("Protected_Instance"), "sg-web", "sg-mon")
                                .instance("i-sip", "t3.small", AutoScalingLifecycleState.IN_SERVICE, true,
                                        launchTags(WEB, "2"), "sg-web", "sg-mon"),
                        "fix=NONE notUsed=[] refresh=none skips=[i-tag (tag protected_instance),"
                                + " i-sip (scale-in protection)] findings=false",
                        "An instance refresh skips i-tag (tag protected_instance), i-sip (scale-in protection)."),
                Arguments.of("CloudFormation with an UpdatePolicy: the fix is a stack update",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                                .ownedBy("shop-prod-rails-app-3f2a9c", UpdatePolicyPresence.PRESENT),
                        "fix=UPDATE_STACK notUsed=[] refresh=none skips=[] findings=true",
                        "Fix: update CloudFormation stack shop-prod-rails-app-3f2a9c; its UpdatePolicy replaces"),
                Arguments.of("CloudFormation without an UpdatePolicy: an instance refresh, and why",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                                .ownedBy("shop-prod-rails-app-3f2a9c", UpdatePolicyPresence.ABSENT),
                        "fix=START_INSTANCE_REFRESH notUsed=[] refresh=none skips=[] findings=true",
                        "owns the group without an UpdatePolicy, so a stack update would not replace them."),
                Arguments.of("CloudFormation, UpdatePolicy not known: an instance refresh, and that it is not known",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                                .ownedBy("shop-prod-rails-app-3f2a9c", UpdatePolicyPresence.UNKNOWN),
                        "fix=START_INSTANCE_REFRESH notUsed=[] refresh=none skips=[] findings=true",
                        "whether it has an UpdatePolicy is not known."),
                Arguments.of("no owner: an instance refresh with SkipMatching",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web"),
                        "fix=START_INSTANCE_REFRESH notUsed=[] refresh=none skips=[] findings=true",
                        "Fix: start an instance refresh with SkipMatching"),
                Arguments.of("a refresh would drop a replaced instance's hand-added group: say so",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web", "sg-hand")
                                .instance("i-3", "2", "sg-web", "sg-mon", "sg-hand2"),
                        "fix=START_INSTANCE_REFRESH notUsed=[] refresh=none skips=[] findings=true",
                        "It drops the hand-added groups of i-1 unless the launch template gets them first."),
                Arguments.of("a stack update replaces every instance, hot-fixed ones included",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web", "sg-hand")
                                .instance("i-3", "2", "sg-web", "sg-mon", "sg-hand2")
                                .ownedBy("shop-prod-rails-app-3f2a9c", UpdatePolicyPresence.PRESENT),
                        "fix=UPDATE_STACK notUsed=[] refresh=none skips=[] findings=true",
                        "It drops the hand-added groups of i-1, i-3 unless"),
                Arguments.of("LAG alone needs no replacement: the instance has the groups",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web", "sg-mon"),
                        "fix=NONE notUsed=[] refresh=none skips=[] findings=true", null),
                Arguments.of("a hot-fix alone is not fixed by a refresh, which would drop it",
                        Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-3", "2", "sg-web", "sg-mon", "sg-hand"),
                        "fix=NONE notUsed=[] refresh=none skips=[] findings=true", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupCases")
    void eachGroupSaysWhatItsInstancesAndTemplateNeed(String name, Fleet fleet, String expected, String sentence) {
        ScalingGroupDrift drift = fleet.analyze();

        assertThat(outcome(drift)).isEqualTo(expected);
        if (sentence == null) {
            assertThat(drift.sentences()).isEmpty();
        } else {
            assertThat(String.join(" ", drift.sentences())).contains(sentence);
        }
    }

    @Test
    void aNewTemplateVersionReachesNoRunningInstanceUntilARefreshReplacesThem() {
        Fleet beforeVersion2 = new Fleet().template(WEB, "web-lt", 1, 1).version(WEB, 1, "sg-web")
                .uses(LaunchTemplateSpec.byId(WEB, "1"))
                .instance("i-a", "1", "sg-web").instance("i-b", "1", "sg-web").instance("i-c", "1", "sg-web");
        assertThat(beforeVersion2.analyze().hasFindings()).isFalse();

        ScalingGroupDrift afterVersion2 = versionTwo()
                .instance("i-a", "1", "sg-web").instance("i-b", "1", "sg-web")
                .instance("i-c", "1", "sg-web", "sg-monitoring")
                .instance("i-d", "2", "sg-web", "sg-monitoring", "sg-hand").analyze();
        assertThat(afterVersion2.withStatus(TemplateSyncStatus.MISSING)).extracting(InstanceTemplateDrift::instanceId)
                .containsExactly("i-a", "i-b");
        assertThat(afterVersion2.withStatus(TemplateSyncStatus.MISSING))
                .allSatisfy(drift -> assertThat(drift.missing()).containsExactly("sg-monitoring"));
        assertThat(afterVersion2.withStatus(TemplateSyncStatus.LAG)).extracting(InstanceTemplateDrift::instanceId)
                .containsExactly("i-c");
        assertThat(afterVersion2.withStatus(TemplateSyncStatus.HOTFIX)).singleElement()
                .satisfies(drift -> assertThat(drift.hotfix()).containsExactly("sg-hand"));
        assertThat(afterVersion2.suggestedFix()).isEqualTo(SuggestedFix.START_INSTANCE_REFRESH);

        ScalingGroupDrift afterRefresh = versionTwo()
                .instance("i-e", "2", "sg-web", "sg-monitoring").instance("i-f", "2", "sg-web", "sg-monitoring")
                .instance("i-g", "2", "sg-web", "sg-monitoring").instance("i-h", "2", "sg-web", "sg-monitoring")
                .refresh("r-1", InstanceRefreshStatus.SUCCESSFUL, 100, START).analyze();
        assertThat(afterRefresh.instances()).extracting(InstanceTemplateDrift::status)
                .containsOnly(TemplateSyncStatus.IN_SYNC).hasSize(4);
        assertThat(afterRefresh.hasFindings()).isFalse();
        assertThat(afterRefresh.sentences()).isEmpty();
    }

    @Test
    void findingsNameTheLaunchTemplateVersionAndWhatARefreshWillDo() {
        ScalingGroupDrift drift = Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                .instance("i-2", "2", "sg-web").instance("i-3", "1", "sg-web", "sg-mon").analyze();

        assertThat(drift.instances()).extracting(InstanceTemplateDrift::reason).containsExactly(
                "Lacks sg-mon, which launch template web-lt version 2 gives new instances. Launched from version 1.",
                "Lacks sg-mon, which launch template web-lt version 2 gives new instances. Launched from that"
                        + " version, so an instance refresh with SkipMatching leaves it as it is.",
                "Launched from version 1, not launch template web-lt version 2 the group uses now, but has the"
                        + " same groups.");
    }

    @Test
    void theGroupsTemplateVersionInUseIsTheNumberItsWordsResolveTo() {
        assertThat(Fleet.web(1, LaunchTemplateSpec.LATEST).analyze().templateVersionInUse())
                .contains(new TemplateVersionRef(WEB, "web-lt", 2));
        assertThat(Fleet.web(1, LaunchTemplateSpec.DEFAULT).analyze().templateVersionInUse())
                .contains(new TemplateVersionRef(WEB, "web-lt", 1));
        assertThat(Fleet.web(1, LaunchTemplateSpec.LATEST).usesLaunchConfiguration().analyze().templateVersionInUse())
                .isEmpty();
    }

    @Test
    void instancesOfOneSpecShareOneDesiredList() {
        ScalingGroupDrift drift = Fleet.web(1, LaunchTemplateSpec.LATEST).instance("i-1", "1", "sg-web")
                .instance("i-2", "2", "sg-web", "sg-mon").analyze();

        assertThat(drift.instances().get(0).desired()).containsExactly("sg-web", "sg-mon")
                .isSameAs(drift.instances().get(1).desired());
    }

    @Test
    void instancesWithTheSameFindingsShareOneSentenceAndInSyncOnesTheDesiredList() {
        ScalingGroupDrift drift = Fleet.web(1, LaunchTemplateSpec.LATEST)
                .instance("i-1", "1", "sg-web").instance("i-2", "1", "sg-web").instance("i-3", "1", "sg-web")
                .instance("i-4", "2", "sg-web", "sg-mon").instance("i-5", "2", "sg-web", "sg-mon").analyze();

        assertThat(distinctObjects(drift.instances().stream().map(InstanceTemplateDrift::reason))).isEqualTo(2);
        assertThat(drift.withStatus(TemplateSyncStatus.IN_SYNC)).hasSize(2)
                .allSatisfy(synced -> assertThat(synced.actual()).isSameAs(synced.desired()));
        assertThat(drift.withStatus(TemplateSyncStatus.MISSING)).hasSize(3)
                .allSatisfy(lacking -> assertThat(lacking.actual()).containsExactly("sg-web"));
    }

    private static long distinctObjects(Stream<?> objects) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        objects.forEach(seen::add);
        return seen.size();
    }

    private static Fleet versionTwo() {
        return new Fleet().template(WEB, "web-lt", 1, 2).version(WEB, 1, "sg-web")
                .version(WEB, 2, "sg-web", "sg-monitoring").uses(LaunchTemplateSpec.byId(WEB, "2"));
    }

    private static String outcome(InstanceTemplateDrift drift) {
        if (drift.status() == TemplateSyncStatus.NOT_CHECKED) {
            return "NOT_CHECKED: " + drift.reason();
        }
        return drift.status()
                + drift.missing().stream().map(id -> " -" + id).collect(Collectors.joining())
                + drift.hotfix().stream().map(id -> " +" + id).collect(Collectors.joining());
    }

    private static String outcome(ScalingGroupDrift drift) {
        return "fix=" + drift.suggestedFix()
                + " notUsed=" + drift.unusedGroups().stream().map(unused -> unused.usedNow().versionNumber() + "->"
                        + unused.newer().versionNumber() + " " + unused.groupIds()).collect(Collectors.toList())
                + " refresh=" + drift.latestRefresh().map(refresh -> refresh.id() + " " + refresh.status())
                        .orElse("none")
                + " skips=" + drift.refreshSkips().stream().map(skip -> skip.instanceId() + " (" + skip.why() + ")")
                        .collect(Collectors.toList())
                + " findings=" + drift.hasFindings();
    }

    private static Arguments row(String name, Fleet fleet, String... idsAndOutcomes) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < idsAndOutcomes.length; i += 2) {
            expected.put(idsAndOutcomes[i], idsAndOutcomes[i + 1]);
        }
        return Arguments.of(name, fleet, expected);
    }

    private static LaunchTemplateNetworkInterface nic(int deviceIndex, String... groupIds) {
        return new LaunchTemplateNetworkInterface(deviceIndex, List.of(groupIds));
    }

    private static LaunchTemplateOverride override(String instanceType, LaunchTemplateSpec spec) {
        return new LaunchTemplateOverride(instanceType, Optional.of(spec));
    }

    private static Map<String, String> withTag(String key) {
        Map<String, String> tags = new LinkedHashMap<>(launchTags(WEB, "2"));
        tags.put(key, "");
        return tags;
    }
}
